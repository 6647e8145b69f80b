import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type { Answer, Progress } from './types';

const empty = (profileId: string, lessonId: string): Progress => ({
	profileId,
	lessonId,
	read: {},
	position: {},
	updatedAt: 0
});

export async function getProgress(
	db: ParallaxDb,
	profileId: string,
	lessonId: string
): Promise<Progress> {
	const row = await withReopen(db, () => db.progress.get([profileId, lessonId]));
	return row ?? empty(profileId, lessonId);
}

/** Records where the reader is in one source (the first paragraph in view). */
export function savePosition(
	db: ParallaxDb,
	profileId: string,
	lessonId: string,
	sourceId: string,
	blockId: string
): Promise<void> {
	return updateProgress(db, profileId, lessonId, (row) => {
		row.position = { ...row.position, [sourceId]: blockId };
		return true;
	});
}

/** Records that the reader reached the end of a source (or marked it read). */
export function markRead(
	db: ParallaxDb,
	profileId: string,
	lessonId: string,
	sourceId: string
): Promise<void> {
	return updateProgress(db, profileId, lessonId, (row) => {
		if (row.read[sourceId]) return false;
		row.read = { ...row.read, [sourceId]: true };
		return true;
	});
}

/** Reads, changes and writes one lesson's progress in one transaction; `change` says if it did. */
function updateProgress(
	db: ParallaxDb,
	profileId: string,
	lessonId: string,
	change: (row: Progress) => boolean
): Promise<void> {
	return withReopen(db, () =>
		db.transaction('rw', db.progress, async () => {
			const row = (await db.progress.get([profileId, lessonId])) ?? empty(profileId, lessonId);
			if (!change(row)) return;
			row.updatedAt = Date.now();
			await db.progress.put(row);
		})
	);
}

/** Everything one profile has done on this device: progress rows and answers, read together. */
export function workOf(
	db: ParallaxDb,
	profileId: string
): Promise<{ progress: Progress[]; answers: Answer[] }> {
	return withReopen(db, () =>
		db.transaction('r', [db.progress, db.answers], async () => ({
			progress: await db.progress.where('profileId').equals(profileId).toArray(),
			answers: await db.answers.where('profileId').equals(profileId).toArray()
		}))
	);
}
