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
	return withReopen(db, () =>
		db.transaction('rw', db.progress, async (tx) => {
			const row = (await tx.progress.get([profileId, lessonId])) ?? empty(profileId, lessonId);
			row.position = { ...row.position, [sourceId]: blockId };
			row.updatedAt = Date.now();
			await tx.progress.put(row);
		})
	);
}

/** Records that the reader reached the end of a source (or marked it read). */
export function markRead(
	db: ParallaxDb,
	profileId: string,
	lessonId: string,
	sourceId: string
): Promise<void> {
	return withReopen(db, () =>
		db.transaction('rw', db.progress, async (tx) => {
			const row = (await tx.progress.get([profileId, lessonId])) ?? empty(profileId, lessonId);
			if (row.read[sourceId]) return;
			row.read = { ...row.read, [sourceId]: true };
			row.updatedAt = Date.now();
			await tx.progress.put(row);
		})
	);
}

/** Everything one profile has done on this device: progress rows and answers, read together. */
export function workOf(
	db: ParallaxDb,
	profileId: string
): Promise<{ progress: Progress[]; answers: Answer[] }> {
	return withReopen(db, () =>
		db.transaction('r', [db.progress, db.answers], async (tx) => ({
			progress: await tx.progress.where('profileId').equals(profileId).toArray(),
			answers: await tx.answers.where('profileId').equals(profileId).toArray()
		}))
	);
}
