// Hand-ins of version 4 carry the student's highlights and notes (issue 19, point 3); the
// teacher's device imports them with the file, and version 3 files still import.
import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstProfile, savePack, type ParallaxDb } from '$lib/db';
import { saveAnnotation } from '$lib/db/annotations/annotations-repo';
import { receiveAssignment } from '$lib/db/received/received-repo';
import { listSubmissions, saveAssignment } from '$lib/db/teacher/classroom-repo';
import { compiledLibrary, dropDatabases, freshDb } from '$lib/db/test-factory';
import type { Annotation, AssignmentSpec } from '$lib/model';
import { DEVICE_PROFILE_ID, FIRST_PROFILE_NAME } from '$lib/profiles/current-profile.svelte';
import { buildHandIn } from './hand-in';
import { sealSubmission } from './submission';
import { importHandIn } from './teacher/import-hand-ins';

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
	lessons: [{ id: 'flood', hash: flood.entry.hash.slice(0, 12), required: [] }],
	hideComments: false
};

const mark = (overrides: Partial<Annotation> = {}): Annotation => ({
	id: 'an-1',
	profileId: DEVICE_PROFILE_ID,
	lessonId: 'flood',
	sourceId: 'gazette',
	paragraphId: 'p-1',
	exact: 'the dam gave way',
	prefix: 'Witnesses said ',
	suffix: ' at dawn.',
	start: 15,
	kind: 'loaded-word',
	note: 'Whose words?',
	createdAt: 1_000,
	updatedAt: 2_000,
	...overrides
});

async function tabletHandIn() {
	const db = track(freshDb());
	await savePack(db, flood.entry, flood.pack);
	await ensureFirstProfile(db, DEVICE_PROFILE_ID, FIRST_PROFILE_NAME);
	await receiveAssignment(db, DEVICE_PROFILE_ID, spec);
	await saveAnnotation(db, mark());
	// not in this assignment, and not this student's: neither is handed in
	await saveAnnotation(db, mark({ id: 'an-2', lessonId: 'khojaly-1992' }));
	await saveAnnotation(db, mark({ id: 'an-3', profileId: 'someone-else' }));
	const received = (await db.received.get([DEVICE_PROFILE_ID, spec.id]))!;
	return buildHandIn(db, received, 'Ana P.', new Date('2030-01-01T10:00:00Z'));
}

describe('highlights and notes in hand-ins', () => {
	it("carry the student's own on each lesson, without the device's profile id", async () => {
		const { submission } = await tabletHandIn();
		expect(submission.version).toBe(4);
		const handedIn: Record<string, unknown> = { ...mark() };
		delete handedIn.profileId;
		delete handedIn.lessonId;
		expect(submission.lessons[0]!.annotations).toEqual([handedIn]);
	});

	it("reach the teacher's device with the file; a version 3 file without them still imports", async () => {
		const { file, submission } = await tabletHandIn();
		const teacher = track(freshDb());
		await saveAssignment(teacher, spec);
		expect((await importHandIn(teacher, file)).outcome).toBe('imported');
		const [row] = await listSubmissions(teacher, spec.id);
		expect(row!.file.lessons[0]!.annotations?.[0]).toMatchObject({ note: 'Whose words?' });

		const older = await sealSubmission({
			...submission,
			version: 3,
			student: { name: 'Ben K.', profileId: 'u-ben' },
			lessons: submission.lessons.map(({ annotations: _none, ...lesson }) => lesson)
		});
		const oldFile = new File([JSON.stringify(older)], 'old.json');
		expect((await importHandIn(teacher, oldFile)).outcome).toBe('imported');
	});
});
