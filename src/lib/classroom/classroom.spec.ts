import { optionId } from '$lib/content/choice-ids';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer, savePack, type ParallaxDb } from '$lib/db';
import { getAssignment, listSubmissions, saveAssignment } from '$lib/db/teacher/classroom-repo';
import { listReceived, receiveAssignment } from '$lib/db/received/received-repo';
import { answer, compiledLibrary, dropDatabases, freshDb } from '$lib/db/test-factory';
import { buildHandIn } from './hand-in';
import { loadStudentWork } from './student-work';
import { localToday, standingLabel, standingOf } from './standing';
import { importHandIn, importHandIns } from './teacher/import-hand-ins';
import { specFromDraft } from './teacher/spec-draft';
import type { AssignmentSpec } from '$lib/model';

const dbs: ParallaxDb[] = [];
afterEach(() => dropDatabases(dbs));

const { packs } = compiledLibrary();
const flood = packs.get('flood')!;

function spec(overrides: Partial<AssignmentSpec> = {}): AssignmentSpec {
	return {
		id: 'abc123',
		version: 1,
		title: 'Flood homework',
		instructions: 'Answer both.',
		due: '2030-01-31',
		lessons: [
			{ id: 'flood', hash: flood.entry.hash.slice(0, 12), required: ['q-mc', 'q-article'] }
		],
		hideComments: false,
		...overrides
	};
}

/** A student's device with the lesson and an assignment received for one profile. */
async function studentDevice() {
	const db = freshDb();
	dbs.push(db);
	await savePack(db, flood.entry, flood.pack);
	await db.profiles.add({ id: 'amira', uid: 'uid-amira', name: 'Amira', createdAt: 1 });
	await receiveAssignment(db, 'amira', spec());
	return db;
}

async function teacherDevice(assigned = spec()) {
	const db = freshDb();
	dbs.push(db);
	await saveAssignment(db, assigned);
	return db;
}

const asFile = (text: string, name = 'handin.json') => new File([text], name);

async function handInText(db: ParallaxDb, at: Date) {
	const [received] = await listReceived(db, 'amira');
	const { file } = await buildHandIn(db, received!, 'Amira K', at);
	return file.text();
}

describe('a student’s standing in an assignment', () => {
	it('counts required answers, lists what is missing, and notices changes after a hand-in', async () => {
		const db = await studentDevice();
		const standingNow = async () => {
			const [received] = await listReceived(db, 'amira');
			const work = await loadStudentWork(db, 'amira', ['flood']);
			return { received: received!, standing: standingOf(received!, work, '2030-01-01') };
		};
		let { standing } = await standingNow();
		expect(standing.requiredTotal).toBe(2);
		expect(standing.lessons[0]!.unanswered.map((q) => q.id)).toEqual(['q-mc', 'q-article']);
		expect(standingLabel(standing)).toBe('Not started');

		const council = optionId('The council');
		const choice = { kind: 'choice', choice: council, firstChoice: council, attempts: 1 } as const;
		await saveAnswer(
			db,
			answer({ profileId: 'amira', questionId: 'q-mc', value: choice, updatedAt: 10 })
		);
		({ standing } = await standingNow());
		expect(standingLabel(standing)).toBe('1 of 2 required questions answered');

		await saveAnswer(db, answer({ profileId: 'amira', questionId: 'q-article', updatedAt: 20 }));
		({ standing } = await standingNow());
		expect(standingLabel(standing)).toBe('Ready to hand in');
		expect(standing.overdue).toBe(false);
		expect(
			standingOf(
				(await standingNow()).received,
				await loadStudentWork(db, 'amira', ['flood']),
				'2030-02-01'
			).overdue
		).toBe(true);
	});

	it('today is the device’s calendar day', () => {
		expect(localToday(new Date(2030, 0, 5, 23, 59))).toBe('2030-01-05');
	});
});

describe('receiving an assignment', () => {
	it('keeps the newest version and says what happened', async () => {
		const db = await studentDevice();
		expect(await receiveAssignment(db, 'amira', spec())).toBe('same');
		expect(await receiveAssignment(db, 'amira', spec({ version: 2, title: 'Changed' }))).toBe(
			'updated'
		);
		expect(await receiveAssignment(db, 'amira', spec())).toBe('older');
		expect((await listReceived(db, 'amira'))[0]!.spec.title).toBe('Changed');
		expect(await receiveAssignment(db, 'someone-else', spec())).toBe('new');
	});
});

describe('the builder’s versions', () => {
	const draft = {
		title: 'Flood homework',
		instructions: 'Answer both.',
		due: '2030-01-31',
		hideComments: false,
		lessons: [
			{
				id: 'flood',
				hash: flood.entry.hash,
				required: { 'q-mc': true, 'q-article': true, 'q-compare': false }
			}
		]
	};
	const none = () => new Set<string>();

	it('an unchanged edit keeps the version; a change makes the next one', () => {
		const first = specFromDraft(draft, 'abc123', undefined, none);
		expect(first).toEqual(spec());
		expect(specFromDraft(draft, 'abc123', first, none).version).toBe(1);
		expect(specFromDraft({ ...draft, title: 'New title' }, 'abc123', first, none).version).toBe(2);
	});

	it('hiding comments drops the questions that use them from the required ones', () => {
		const hidden = () => new Set(['q-article']);
		const made = specFromDraft({ ...draft, hideComments: true }, 'abc123', undefined, hidden);
		expect(made.lessons[0]!.required).toEqual(['q-mc']);
	});
});

describe('handing in and importing', () => {
	it('a hand-in carries answers, scores and hashes, and imports once on the teacher’s device', async () => {
		const student = await studentDevice();
		// a wrong option of the test lesson ("The council" is right)
		const residents = optionId('The residents');
		const choice = {
			kind: 'choice',
			choice: residents,
			firstChoice: residents,
			attempts: 1
		} as const;
		await saveAnswer(student, answer({ profileId: 'amira', questionId: 'q-mc', value: choice }));
		const text = await handInText(student, new Date('2030-01-10T10:00:00Z'));
		const file = JSON.parse(text);
		expect(file.lessons[0].hash).toBe(flood.entry.hash);
		expect(file.lessons[0].score).toMatchObject({
			answered: 1,
			autoChecked: 2,
			correctFirstTry: 0
		});
		expect(file.lessons[0].answers[0]).toMatchObject({
			questionId: 'q-mc',
			status: 'incorrect',
			firstTryCorrect: false
		});

		const teacher = await teacherDevice();
		const first = await importHandIn(teacher, asFile(text));
		expect(first).toMatchObject({ outcome: 'imported', warnings: [] });
		expect(await importHandIn(teacher, asFile(text))).toMatchObject({
			outcome: 'refused',
			message: expect.stringContaining('Already imported')
		});
		expect(await listSubmissions(teacher, 'abc123')).toHaveLength(1);
	});

	it('a later hand-in replaces the earlier; an earlier one is refused', async () => {
		const student = await studentDevice();
		const early = await handInText(student, new Date('2030-01-10T10:00:00Z'));
		const late = await handInText(student, new Date('2030-01-11T10:00:00Z'));
		const teacher = await teacherDevice();
		expect((await importHandIn(teacher, asFile(early))).outcome).toBe('imported');
		expect((await importHandIn(teacher, asFile(late))).outcome).toBe('replaced');
		// the earlier file is kept (as replaced), so it is the same hand-in again
		const again = await importHandIn(teacher, asFile(early));
		expect(again.outcome).toBe('refused');
		expect(again.message).toContain('since replaced by another');
		const [kept] = await listSubmissions(teacher, 'abc123');
		expect(kept!.file.handedInAt).toBe('2030-01-11T10:00:00.000Z');

		// on a device that has only the later one, the earlier one is refused
		const other = await teacherDevice();
		await importHandIn(other, asFile(late));
		const refused = await importHandIn(other, asFile(early));
		expect(refused.outcome).toBe('refused');
		expect(refused.message).toContain('A later hand-in from Amira K');
		expect(await other.handIns.count()).toBe(1);
	});

	it('warns when the student had another version of a lesson or of the assignment', async () => {
		const student = await studentDevice();
		const text = await handInText(student, new Date('2030-01-10T10:00:00Z'));
		const teacher = await teacherDevice(
			spec({ version: 2, lessons: [{ id: 'flood', hash: '000000000000', required: [] }] })
		);
		const line = await importHandIn(teacher, asFile(text));
		expect(line.outcome).toBe('imported');
		expect(line.warnings).toEqual([
			'Handed in for version 1 of the assignment; it is now at version 2.',
			'“Flood lesson” was a different version on the student’s device: some questions may differ.'
		]);
	});

	it('refuses a hand-in for an assignment this device never made, and stores nothing', async () => {
		const student = await studentDevice();
		const text = await handInText(student, new Date());
		const teacher = freshDb();
		dbs.push(teacher);
		const line = await importHandIn(teacher, asFile(text));
		expect(line.outcome).toBe('refused');
		expect(line.message).toContain('not made on this device');
		expect(await teacher.handIns.count()).toBe(0);
	});

	it('in a batch, refused files change nothing and the good ones are kept', async () => {
		const student = await studentDevice();
		const text = await handInText(student, new Date('2030-01-10T10:00:00Z'));
		const teacher = await teacherDevice();
		const lines = await importHandIns(teacher, [
			asFile('', 'empty.json'),
			asFile(text.slice(0, 100), 'cut.json'),
			asFile(text.replace('Amira K', 'Amira L'), 'edited.json'),
			asFile(text, 'good.json'),
			new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])], 'photo.png')
		]);
		expect(lines.map((l) => l.outcome)).toEqual([
			'refused',
			'refused',
			'refused',
			'imported',
			'refused'
		]);
		expect(lines.every((l) => l.message.length > 0)).toBe(true);
		expect(await listSubmissions(teacher, 'abc123')).toHaveLength(1);
		expect(await getAssignment(teacher, 'abc123')).toMatchObject({ spec: spec() });
	});

	it('mutated hand-ins never throw and never write anything but a valid file', async () => {
		const student = await studentDevice();
		const text = await handInText(student, new Date('2030-01-10T10:00:00Z'));
		const teacher = await teacherDevice();
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let i = 0; i < 150; i++) {
			const at = Math.floor(random() * text.length);
			const mutated =
				text.slice(0, at) +
				String.fromCharCode(32 + Math.floor(random() * 90)) +
				text.slice(at + 1);
			const line = await importHandIn(teacher, asFile(mutated, `mutant-${i}.json`));
			if (line.outcome === 'refused') continue;
			// a mutation the checksum cannot see (e.g. whitespace) is the same hand-in
			expect(JSON.parse(mutated)).toEqual(JSON.parse(text));
		}
		expect(await teacher.handIns.count()).toBeLessThanOrEqual(1);
	});
});
