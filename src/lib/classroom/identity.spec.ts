// Student identity in hand-ins, and the teacher's import rules that rest on it (issue 15).
import { afterEach, describe, expect, it } from 'vitest';
import { createProfile } from '$lib/db/profiles/profile-edits';
import { ensureFirstProfile, listProfiles, saveAnswer, savePack, type ParallaxDb } from '$lib/db';
import { listSubmissions, saveAssignment } from '$lib/db/teacher/classroom-repo';
import { receiveAssignment } from '$lib/db/received/received-repo';
import {
	listReplacedSubmissions,
	mergeSubmissions,
	renameSubmission,
	undoReplacement
} from '$lib/db/hand-ins/hand-ins-repo';
import { answer, compiledLibrary, dropDatabases, freshDb } from '$lib/db/test-factory';
import { DEVICE_PROFILE_ID, FIRST_PROFILE_NAME } from '$lib/profiles/current-profile.svelte';
import { buildHandIn } from './hand-in';
import { buildReview } from './review/review-model';
import { gradebookCsv } from './review/gradebook-csv';
import { handInNameProblem, identityFlags, studentKeyOf } from '$lib/model/student-key';
import { sealSubmission } from './submission';
import { importHandIn } from './teacher/import-hand-ins';
import type { AssignmentSpec, SubmissionFile } from '$lib/model';

const dbs: ParallaxDb[] = [];
afterEach(() => dropDatabases(dbs));
const track = (db: ParallaxDb) => (dbs.push(db), db);

const { packs } = compiledLibrary();
const flood = packs.get('flood')!;
const spec: AssignmentSpec = {
	id: 'abc123',
	version: 1,
	title: 'Flood homework',
	instructions: '',
	due: null,
	lessons: [{ id: 'flood', hash: flood.entry.hash.slice(0, 12), required: ['q-article'] }],
	hideComments: false
};

/** A fresh tablet, as a student keeps every default: one profile, "Me", that opened the link. */
async function freshTablet() {
	const db = track(freshDb());
	await savePack(db, flood.entry, flood.pack);
	await ensureFirstProfile(db, DEVICE_PROFILE_ID, FIRST_PROFILE_NAME);
	await receiveAssignment(db, DEVICE_PROFILE_ID, spec);
	return db;
}

async function handIn(
	db: ParallaxDb,
	name: string,
	text: string,
	at: string,
	profileId = 'device'
) {
	await saveAnswer(
		db,
		answer({ profileId, questionId: 'q-article', value: { kind: 'text', text } })
	);
	const received = (await db.received.get([profileId, spec.id]))!;
	const { file } = await buildHandIn(db, received, name, new Date(at));
	return file;
}

async function teacher() {
	const db = track(freshDb());
	await saveAssignment(db, spec);
	return db;
}

/** The answer each current hand-in gives, by the name shown. */
async function answersByName(db: ParallaxDb) {
	const rows = await listSubmissions(db, spec.id);
	return rows
		.map((row) => {
			const value = row.file.lessons[0]!.answers.find((a) => a.questionId === 'q-article')!.value;
			return [row.label ?? row.file.student.name, value.kind === 'text' ? value.text : ''];
		})
		.sort();
}

/** A hand-in as the previous app version wrote it: version 2, every fresh tablet "device". */
async function versionTwo(file: File): Promise<File> {
	const current = JSON.parse(await file.text()) as SubmissionFile;
	const old = await sealSubmission({
		...current,
		version: 2,
		student: { ...current.student, profileId: 'device' },
		// version 2 had no highlights and notes
		lessons: current.lessons.map(({ annotations: _none, ...lesson }) => lesson)
	});
	return new File([JSON.stringify(old)], `old-${file.name}`);
}

describe('a profile’s identity', () => {
	it('every profile gets a random, stable uid: two fresh tablets’ “Me” are not the same student', async () => {
		const one = await freshTablet();
		const two = await freshTablet();
		const [first] = await listProfiles(one);
		const [second] = await listProfiles(two);
		expect(first).toMatchObject({ id: 'device', name: 'Me' });
		expect(second).toMatchObject({ id: 'device', name: 'Me' });
		expect(first!.uid).toMatch(/^[0-9a-f-]{36}$/);
		expect(first!.uid).not.toBe(second!.uid);
		// stable: asking for the first profile again changes nothing
		await ensureFirstProfile(one, DEVICE_PROFILE_ID, FIRST_PROFILE_NAME);
		expect((await listProfiles(one))[0]!.uid).toBe(first!.uid);
		const added = await createProfile(one, { name: 'Bea' });
		expect(added.uid).toMatch(/^[0-9a-f-]{36}$/);
		expect(added.uid).not.toBe(added.id);
	});

	it('a hand-in carries the profile’s uid and the name the student gave, never “Me”', async () => {
		const tablet = await freshTablet();
		const received = (await tablet.received.get(['device', spec.id]))!;
		await expect(buildHandIn(tablet, received, 'Me')).rejects.toThrow('not “Me”');
		await expect(buildHandIn(tablet, received, '  me ')).rejects.toThrow('not “Me”');
		await expect(buildHandIn(tablet, received, '   ')).rejects.toThrow('Type your name');
		const { submission, file } = await buildHandIn(tablet, received, ' Ana P. ');
		const [profile] = await listProfiles(tablet);
		expect(submission.version).toBe(4);
		expect(submission.student).toEqual({ name: 'Ana P.', profileId: profile!.uid });
		expect(submission.student.profileId).not.toBe('device');
		expect(file.name).toMatch(/^parallax-handin-ana-p-flood-homework-/);
	});

	it('the name check knows the default profile’s name', () => {
		expect(FIRST_PROFILE_NAME).toBe('Me');
		expect(handInNameProblem(FIRST_PROFILE_NAME)).toBeDefined();
		expect(handInNameProblem('Amira')).toBeUndefined();
		expect(handInNameProblem('x'.repeat(81))).toContain('too long');
	});
});

describe('the teacher’s import never replaces one student’s work with another’s', () => {
	it('two fresh tablets: each student’s hand-in is kept, apart', async () => {
		const ana = await handIn(await freshTablet(), 'Ana P.', 'Ana’s answer', '2030-01-10T10:00:00Z');
		const bea = await handIn(await freshTablet(), 'Bea K.', 'Bea’s answer', '2030-01-10T10:05:00Z');
		const db = await teacher();
		expect(await importHandIn(db, ana)).toMatchObject({ outcome: 'imported', flags: [] });
		const second = await importHandIn(db, bea);
		expect(second.outcome).toBe('imported');
		expect(second.message).not.toContain('Replaced');
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'Ana’s answer'],
			['Bea K.', 'Bea’s answer']
		]);
	});

	it('a later hand-in from the same profile replaces the earlier, which is listed and Undo restores', async () => {
		const tablet = await freshTablet();
		const first = await handIn(tablet, 'Ana P.', 'First try', '2030-01-10T10:00:00Z');
		const later = await handIn(tablet, 'Ana P.', 'Second try', '2030-01-11T10:00:00Z');
		const bea = await handIn(await freshTablet(), 'Bea K.', 'Bea’s answer', '2030-01-10T11:00:00Z');
		const db = await teacher();
		await importHandIn(db, first);
		await importHandIn(db, bea);
		const line = await importHandIn(db, later);
		expect(line.outcome).toBe('replaced');
		expect(line.message).toContain('Replaced Ana P.’s earlier hand-in');
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'Second try'],
			['Bea K.', 'Bea’s answer']
		]);
		const replaced = await listReplacedSubmissions(db, spec.id);
		expect(replaced.map((row) => row.id)).toEqual([line.replacedId]);
		expect(replaced[0]!.replaced!.by).toBe(line.submissionId);

		const undone = await undoReplacement(db, line.replacedId!);
		expect(undone).toMatchObject({ ok: true, setAside: { id: line.submissionId } });
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'First try'],
			['Bea K.', 'Bea’s answer']
		]);
		// nothing is deleted: the later one is set aside, listed, and Undo there brings it back
		const [setAside] = await listReplacedSubmissions(db, spec.id);
		expect(setAside).toMatchObject({
			id: line.submissionId,
			replaced: { by: line.replacedId, undone: true }
		});
		expect(await importHandIn(db, later)).toMatchObject({
			outcome: 'refused',
			message: expect.stringContaining('set aside by Undo')
		});
		expect(await undoReplacement(db, line.submissionId!)).toMatchObject({ ok: true });
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'Second try'],
			['Bea K.', 'Bea’s answer']
		]);
		// the earlier one is listed as replaced again
		expect((await listReplacedSubmissions(db, spec.id)).map((row) => row.id)).toEqual([
			line.replacedId
		]);
	});

	it('two profiles with the same name are kept apart and flagged; the teacher can rename or merge', async () => {
		const one = await handIn(
			await freshTablet(),
			'Ana P.',
			'From tablet one',
			'2030-01-10T10:00:00Z'
		);
		const twoTablet = await freshTablet();
		const two = await handIn(twoTablet, 'ana  p.', 'From tablet two', '2030-01-10T10:30:00Z');
		const db = await teacher();
		await importHandIn(db, one);
		const line = await importHandIn(db, two);
		expect(line.outcome).toBe('imported');
		expect(line.flags).toEqual([
			'2 hand-ins named “ana  p.” from different tablets: rename one, or merge them if they are the same student.'
		]);
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'From tablet one'],
			['ana  p.', 'From tablet two']
		]);
		const rows = await listSubmissions(db, spec.id);
		const review = buildReview(spec, new Map([['flood', flood.pack.lesson]]), rows);
		expect(review.rows.map((row) => row.identity.map((f) => f.kind))).toEqual([
			['same-name'],
			['same-name']
		]);
		expect(gradebookCsv(review)).toContain('from different tablets');

		// rename: the flag goes, and the name stays with that student's later hand-ins
		await renameSubmission(db, line.submissionId!, 'Ana Petrosyan');
		expect(identityFlags(await listSubmissions(db, spec.id)).get(line.submissionId!)).toEqual([]);
		const later = await handIn(twoTablet, 'ana  p.', 'Tablet two again', '2030-01-11T10:00:00Z');
		expect((await importHandIn(db, later)).outcome).toBe('replaced');
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'From tablet one'],
			['Ana Petrosyan', 'Tablet two again']
		]);

		// merge: one student on two tablets; the latest stays, the other is kept as replaced
		const current = await listSubmissions(db, spec.id);
		const kept = await mergeSubmissions(
			db,
			current.map((row) => row.id)
		);
		expect(kept?.file.student.name).toBe('ana  p.');
		expect(await answersByName(db)).toEqual([['Ana Petrosyan', 'Tablet two again']]);
		const [merged] = await listReplacedSubmissions(db, spec.id);
		expect(merged!.replaced).toMatchObject({ by: kept!.id, merged: true });
		// undo separates them again, and keeps the one it was merged into
		expect(await undoReplacement(db, merged!.id)).toMatchObject({ ok: true });
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'From tablet one'],
			['Ana Petrosyan', 'Tablet two again']
		]);
	});

	it('after a merge, a later hand-in from either tablet replaces the merged one', async () => {
		const oneTablet = await freshTablet();
		const one = await handIn(oneTablet, 'Ana P.', 'One', '2030-01-10T10:00:00Z');
		const two = await handIn(await freshTablet(), 'Ana P.', 'Two', '2030-01-10T11:00:00Z');
		const db = await teacher();
		await importHandIn(db, one);
		await importHandIn(db, two);
		await mergeSubmissions(
			db,
			(await listSubmissions(db, spec.id)).map((row) => row.id)
		);
		const later = await handIn(oneTablet, 'Ana P.', 'One, later', '2030-01-12T10:00:00Z');
		expect((await importHandIn(db, later)).outcome).toBe('replaced');
		expect(await answersByName(db)).toEqual([['Ana P.', 'One, later']]);
	});

	it('one profile under two names (a shared profile) is two hand-ins, flagged', async () => {
		const tablet = await freshTablet();
		const ana = await handIn(tablet, 'Ana P.', 'Ana', '2030-01-10T10:00:00Z');
		const bea = await handIn(tablet, 'Bea K.', 'Bea', '2030-01-10T11:00:00Z');
		const db = await teacher();
		await importHandIn(db, ana);
		const line = await importHandIn(db, bea);
		expect(line.outcome).toBe('imported');
		expect(line.flags).toEqual([
			'Handed in from the same profile as “Ana P.”: two students sharing one profile, or a changed name? Merge them if they are the same student.'
		]);
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'Ana'],
			['Bea K.', 'Bea']
		]);
	});

	it('hand-ins of the previous version (no identifier) import by name, flagged', async () => {
		const oneTablet = await freshTablet();
		const early = await versionTwo(
			await handIn(oneTablet, 'Ana P.', 'Old app', '2030-01-10T10:00:00Z')
		);
		const late = await versionTwo(
			await handIn(oneTablet, 'Ana P.', 'Old app, later', '2030-01-11T10:00:00Z')
		);
		const db = await teacher();
		const first = await importHandIn(db, early);
		expect(first.outcome).toBe('imported');
		expect(first.flags).toEqual([
			'Made by an older version of Parallax, which does not say which tablet it came from: it is told apart from other hand-ins by its name alone.'
		]);
		const [row] = await listSubmissions(db, spec.id);
		expect(row!.studentKey).toBe('name:ana p.');
		// by name: a later old-version file with that name replaces it, listed
		expect((await importHandIn(db, late)).outcome).toBe('replaced');
		expect(await answersByName(db)).toEqual([['Ana P.', 'Old app, later']]);
		// a hand-in of this version by the same name is not assumed to be the same student
		const current = await handIn(await freshTablet(), 'Ana P.', 'New app', '2030-01-12T10:00:00Z');
		const line = await importHandIn(db, current);
		expect(line.outcome).toBe('imported');
		expect(line.flags![0]).toContain('2 hand-ins named “Ana P.”, not all from this version');
		expect(await answersByName(db)).toEqual([
			['Ana P.', 'New app'],
			['Ana P.', 'Old app, later']
		]);
	});

	it('student keys: a profile and a name from version 3, a name alone before', () => {
		const file = { version: 3 as const, student: { name: ' Amira  K ', profileId: 'u1' } };
		expect(studentKeyOf(file)).toBe('id:u1/amira k');
		expect(studentKeyOf({ ...file, version: 2 })).toBe('name:amira k');
	});
});
