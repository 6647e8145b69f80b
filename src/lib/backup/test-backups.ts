// Test data and helpers for the backup specs: two profiles' work, files made from it, and the
// databases opened along the way (dropped after each test).
import { afterEach, expect, vi } from 'vitest';
import { type Annotation, type BackupData, type ParallaxDb, type Progress } from '$lib/db';
import { mergeBackupData, readBackupData } from '$lib/db/backup/backup-repo';
import { answer, dropDatabases, freshDb } from '$lib/db/test-factory';
import { createBackup, serializeBackup } from './export';
import { BACKUP_VERSION } from './format';
import { importBackupFile } from './import';

export const opened: ParallaxDb[] = [];
afterEach(async () => {
	vi.restoreAllMocks();
	await dropDatabases(opened);
});

export function newDb(): ParallaxDb {
	const db = freshDb();
	opened.push(db);
	return db;
}

export const ada = {
	id: 'p-ada',
	uid: 'a7d1c0de-0000-4000-8000-00000000ada0',
	name: 'Ada',
	colour: '#aa3355',
	emoji: '🦊',
	createdAt: 1_700_000_000_000
};
export const ben = {
	id: 'p-ben',
	uid: 'b7d1c0de-0000-4000-8000-00000000be00',
	name: 'Ben',
	createdAt: 1_700_000_100_000
};

// in key order, as readBackupData returns rows
export function sample(): BackupData {
	return {
		profiles: [ada, ben],
		answers: [
			answer({
				profileId: 'p-ada',
				questionId: 'q-choice',
				value: { kind: 'choice', choice: 'o-3c1f0a2b', firstChoice: 'o-91d2e4f0', attempts: 3 }
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q-compare',
				value: { kind: 'compare', texts: { gazette: 'Calm', herald: 'Angry' } }
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q-evidence',
				value: { kind: 'evidence', blockId: 'b3', firstBlockId: 'b1', attempts: 2 }
			}),
			answer({ profileId: 'p-ben', value: { kind: 'text', text: 'Both papers blame the dam.' } })
		],
		progress: [
			progress({ profileId: 'p-ada', read: { gazette: true }, position: { herald: 'h2' } }),
			progress({ profileId: 'p-ben', read: {}, position: { gazette: 'g1' } })
		],
		settings: [
			{ key: 'profile.p-ada.fontSize', value: 20 },
			{ key: 'profile.p-ben.theme', value: { contrast: 'high' } }
		],
		// the teacher's data and received assignments: see teacher-backup.spec.ts
		assignments: [],
		handIns: [],
		received: [],
		// the teacher's lessons and drafts: see lesson-backup.spec.ts
		lessons: [],
		drafts: [],
		annotations: [annotation()]
	};
}

export function annotation(overrides: Partial<Annotation> = {}): Annotation {
	return {
		id: 'an-1',
		profileId: 'p-ada',
		lessonId: 'flood',
		sourceId: 'gazette',
		paragraphId: 'p-3f1c',
		exact: 'the dam gave way',
		prefix: 'Witnesses said ',
		suffix: ' at dawn.',
		start: 15,
		kind: 'loaded-word',
		note: 'Whose words?',
		createdAt: 1_700_000_000_000,
		updatedAt: 1_700_000_000_000,
		...overrides
	};
}

export function progress(overrides: Partial<Progress> = {}): Progress {
	return {
		profileId: 'p-ada',
		lessonId: 'flood',
		read: {},
		position: {},
		updatedAt: 1_700_000_000_000,
		...overrides
	};
}

export async function seeded(data: BackupData = sample()): Promise<ParallaxDb> {
	const db = newDb();
	await mergeBackupData(db, data);
	return db;
}

export function fileOf(value: unknown): Blob {
	return new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);
}

export async function backupText(data: BackupData = sample()): Promise<string> {
	return serializeBackup(await createBackup(await seeded(data)));
}

// a valid backup with one part swapped, for files that are wrong in one way
export function backupWith(overrides: Record<string, unknown>): Record<string, unknown> {
	return {
		format: 'parallax-backup',
		version: BACKUP_VERSION,
		exportedAt: '2024-09-30T14:05:00.000Z',
		...sample(),
		...overrides
	};
}

/** Imports a bad file into a device with data, and checks it is refused and nothing changed. */
export async function expectRefused(file: Blob, reason: string | RegExp): Promise<void> {
	const db = await seeded();
	const before = await readBackupData(db);
	expect(before.answers.length).toBeGreaterThan(0);
	const result = await importBackupFile(db, file);
	expect(result.ok).toBe(false);
	if (result.ok) return;
	if (typeof reason === 'string') expect(result.reason).toBe(reason);
	else expect(result.reason).toMatch(reason);
	expect(await readBackupData(db)).toEqual(before);
}

export const NO_TEACHER_DATA = {
	assignmentsAdded: 0,
	assignmentsUpdated: 0,
	handInsAdded: 0,
	receivedMerged: 0,
	lessonsAdded: 0,
	draftsAdded: 0,
	draftsUpdated: 0
};

export const answerAt = (data: BackupData, questionId: string) =>
	data.answers.find((a) => a.questionId === questionId);
