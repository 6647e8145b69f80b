// The lessons downloaded to this device as the settings page lists and removes them: loaded
// with that page, not on every first visit.
import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';

/** Downloaded lessons for the settings list: id, title, size, and whether anyone answered it. */
export async function listDownloadedLessons(db: ParallaxDb) {
	const [lessons, answered] = await Promise.all([
		withReopen(db, () => db.lessons.toArray()),
		lessonIdsWithAnswers(db)
	]);
	return lessons
		.map((l) => ({ id: l.id, title: l.lesson.title, bytes: l.bytes, answered: answered.has(l.id) }))
		.sort((a, b) => a.title.localeCompare(b.title));
}

export async function lessonIdsWithAnswers(db: ParallaxDb): Promise<Set<string>> {
	const keys = await withReopen(db, () => db.answers.orderBy('lessonId').uniqueKeys());
	return new Set(keys.map(String));
}

/** Removes a downloaded lesson unless someone on this device has answered it. */
export function removeLesson(db: ParallaxDb, id: string): Promise<boolean> {
	return withReopen(db, () =>
		db.transaction('rw', [db.lessons, db.sources, db.answers], async (tx) => {
			if ((await tx.answers.where('lessonId').equals(id).count()) > 0) return false;
			await tx.sources.where('lessonId').equals(id).delete();
			await tx.lessons.delete(id);
			return true;
		})
	);
}
