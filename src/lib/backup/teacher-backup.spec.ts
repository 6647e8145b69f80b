// Backups carry everything a person made or received: the teacher's assignments and hand-ins
// (replaced ones too, for Undo), received assignments and profile uids (issue 15).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstProfile, saveAnswer, savePack, type ParallaxDb } from '$lib/db';
import { listSubmissions, saveAssignment } from '$lib/db/teacher/classroom-repo';
import { receiveAssignment } from '$lib/db/received/received-repo';
import { readBackupData } from '$lib/db/backup/backup-repo';
import { listReplacedSubmissions, undoReplacement } from '$lib/db/hand-ins/hand-ins-repo';
import { answer, compiledLibrary, dropDatabases, freshDb } from '$lib/db/test-factory';
import { buildHandIn } from '$lib/classroom/hand-in';
import { importHandIn } from '$lib/classroom/teacher/import-hand-ins';
import type { AssignmentSpec } from '$lib/model';
import { createBackup, serializeBackup } from './export';
import { importBackupFile } from './import';
import { parseBackup } from './validate';

const dbs: ParallaxDb[] = [];
afterEach(() => dropDatabases(dbs));
const track = (db: ParallaxDb) => (dbs.push(db), db);

const { packs } = compiledLibrary();
const flood = packs.get('flood')!;
const spec: AssignmentSpec = {
	id: 'abc123',
	version: 1,
	title: 'Flood homework',
	instructions: 'Answer both.',
	due: '2030-01-31',
	lessons: [{ id: 'flood', hash: flood.entry.hash.slice(0, 12), required: ['q-article'] }],
	hideComments: false
};

async function tablet() {
	const db = track(freshDb());
	await savePack(db, flood.entry, flood.pack);
	await ensureFirstProfile(db, 'device', 'Me');
	await receiveAssignment(db, 'device', spec);
	return db;
}

async function handIn(db: ParallaxDb, name: string, text: string, at: string) {
	await saveAnswer(
		db,
		answer({ profileId: 'device', questionId: 'q-article', value: { kind: 'text', text } })
	);
	const received = (await db.received.get(['device', spec.id]))!;
	return (await buildHandIn(db, received, name, new Date(at))).file;
}

/** A teacher's device: an assignment, two students' hand-ins, one of them replaced by a later one. */
async function teacherDevice() {
	const ana = await tablet();
	const bea = await tablet();
	const files = [
		await handIn(ana, 'Ana P.', 'Ana, first', '2030-01-10T10:00:00Z'),
		await handIn(bea, 'Bea K.', 'Bea', '2030-01-10T10:05:00Z'),
		await handIn(ana, 'Ana P.', 'Ana, later', '2030-01-11T10:00:00Z')
	];
	const db = track(freshDb());
	await ensureFirstProfile(db, 'device', 'Me');
	await saveAssignment(db, spec);
	// the teacher tried the assignment on this device too
	await receiveAssignment(db, 'device', spec);
	for (const file of files) await importHandIn(db, file);
	return { db, files };
}

const fileOf = (text: string) => new Blob([text]);

describe('a backup with the teacher’s data', () => {
	it('round trip: a fresh device gets the assignment, every hand-in and the replaced one, and Undo still works', async () => {
		const { db: source } = await teacherDevice();
		const text = serializeBackup(await createBackup(source));
		const parsed = parseBackup(text);
		expect(parsed.ok && parsed.backup.version).toBe(5);
		expect(parsed.ok && parsed.backup.handIns).toHaveLength(3);

		const target = track(freshDb());
		const result = await importBackupFile(target, fileOf(text));
		expect(result).toMatchObject({
			ok: true,
			summary: { profilesAdded: 1, assignmentsAdded: 1, handInsAdded: 3, receivedMerged: 1 }
		});
		expect(await readBackupData(target)).toEqual(await readBackupData(source));
		const names = async (db: ParallaxDb) =>
			(await listSubmissions(db, spec.id)).map((row) => row.file.student.name).sort();
		expect(await names(target)).toEqual(['Ana P.', 'Bea K.']);
		// the profile keeps its uid: its later hand-ins are still the same student's
		const [profile] = await target.profiles.toArray();
		expect(profile!.uid).toBe((await source.profiles.toArray())[0]!.uid);

		const [replaced] = await listReplacedSubmissions(target, spec.id);
		expect(replaced!.file.student.name).toBe('Ana P.');
		expect(await undoReplacement(target, replaced!.id)).toMatchObject({ ok: true });
		const ana = (await listSubmissions(target, spec.id)).find(
			(r) => r.file.student.name === 'Ana P.'
		);
		expect(ana!.file.lessons[0]!.answers[0]!.value).toEqual({ kind: 'text', text: 'Ana, first' });
	});

	it('importing the same backup again changes nothing', async () => {
		const { db } = await teacherDevice();
		const text = serializeBackup(await createBackup(db));
		const before = await readBackupData(db);
		const result = await importBackupFile(db, fileOf(text));
		expect(result).toMatchObject({
			ok: true,
			summary: {
				profilesAdded: 0,
				answersAdded: 0,
				assignmentsAdded: 0,
				assignmentsUpdated: 0,
				handInsAdded: 0,
				receivedMerged: 0
			}
		});
		expect(await readBackupData(db)).toEqual(before);
	});

	it('merges with what the device holds: the later hand-in of a student is current, the other replaced', async () => {
		const { db: source, files } = await teacherDevice();
		const text = serializeBackup(await createBackup(source));
		// another device imported only Ana's first hand-in, and a newer version of the assignment
		const target = track(freshDb());
		await saveAssignment(target, { ...spec, version: 2, title: 'Flood homework, changed' });
		await importHandIn(target, files[0]!);
		const result = await importBackupFile(target, fileOf(text));
		expect(result).toMatchObject({
			ok: true,
			summary: { assignmentsAdded: 0, assignmentsUpdated: 0, handInsAdded: 2 }
		});
		expect((await target.assignments.get(spec.id))!.spec.version).toBe(2);
		const current = await listSubmissions(target, spec.id);
		expect(current.map((row) => row.file.handedInAt).sort()).toEqual([
			'2030-01-10T10:05:00.000Z',
			'2030-01-11T10:00:00.000Z'
		]);
		expect((await listReplacedSubmissions(target, spec.id)).map((r) => r.file.handedInAt)).toEqual([
			'2030-01-10T10:00:00.000Z'
		]);
	});

	it('refuses a hand-in filed under another assignment, and changes nothing', async () => {
		const { db } = await teacherDevice();
		const backup = JSON.parse(serializeBackup(await createBackup(db)));
		backup.handIns[0].assignmentId = 'other';
		const target = track(freshDb());
		const result = await importBackupFile(target, fileOf(JSON.stringify(backup)));
		expect(result).toMatchObject({
			ok: false,
			reason: expect.stringContaining('wrong assignment')
		});
		expect(await target.handIns.count()).toBe(0);
		expect(await target.assignments.count()).toBe(0);
	});

	it('names what is wrong in an assignment or a hand-in', () => {
		const bad = {
			format: 'parallax-backup',
			version: 3,
			exportedAt: '2030-01-01T00:00:00.000Z',
			profiles: [],
			answers: [],
			progress: [],
			settings: [],
			assignments: [
				{ id: 'x', spec: { ...spec, title: '' }, createdAt: 1, updatedAt: 1, archived: 0 }
			],
			handIns: [{ id: 'x/y' }],
			received: []
		};
		const result = parseBackup(JSON.stringify(bad));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.join('; ')).toContain(
			'assignments[0].spec: expected an assignment (title: expected text'
		);
		expect(result.problems.join('; ')).toContain('handIns[0].assignmentId: missing');
	});
});

describe('an old backup (version 2, before teacher data and uids)', () => {
	const fixture = readFileSync(new URL('./fixtures/backup-v2.json', import.meta.url), 'utf8');

	it('still imports: its profiles get a uid, every answer and setting arrives, and again changes nothing', async () => {
		const db = track(freshDb());
		const result = await importBackupFile(db, fileOf(fixture));
		expect(result).toMatchObject({
			ok: true,
			summary: { profilesAdded: 2, answersAdded: 2, progressMerged: 1, handInsAdded: 0 }
		});
		const data = await readBackupData(db);
		expect(data.profiles.map((p) => p.name).sort()).toEqual(['Me', 'Nare from the old backup']);
		expect(data.profiles.every((p) => /^[0-9a-f-]{36}$/.test(p.uid!))).toBe(true);
		expect(data.answers.map((a) => a.value)).toContainEqual({
			kind: 'text',
			text: 'Written before backups carried teacher data.'
		});
		expect(data.settings).toHaveLength(1);
		expect(data.assignments).toEqual([]);

		const again = await importBackupFile(db, fileOf(fixture));
		expect(again).toMatchObject({ ok: true, summary: { profilesAdded: 0, answersAdded: 0 } });
		expect(await readBackupData(db)).toEqual(data);
	});

	it('a version 3 backup must give each profile its uid', () => {
		const old = JSON.parse(fixture);
		const result = parseBackup(
			JSON.stringify({ ...old, version: 3, assignments: [], handIns: [], received: [] })
		);
		expect(result).toMatchObject({
			ok: false,
			problems: expect.arrayContaining([expect.stringContaining('profiles[0].uid: missing')])
		});
	});
});
