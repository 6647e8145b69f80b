import type { LessonDraft } from '$lib/model';
import { withReopen } from '../connection';
import type { ParallaxDb } from '../database';

/** Writes a draft as it stands (every autosave): the last write wins, nothing is merged. */
export function saveDraft(db: ParallaxDb, draft: LessonDraft): Promise<void> {
	return withReopen(db, async () => {
		await db.lessonDrafts.put(draft);
	});
}

export function getDraft(db: ParallaxDb, id: string): Promise<LessonDraft | undefined> {
	return withReopen(db, () => db.lessonDrafts.get(id));
}

/** Every draft on this device, the latest change first. */
export function listDrafts(db: ParallaxDb): Promise<LessonDraft[]> {
	return withReopen(db, () => db.lessonDrafts.orderBy('updatedAt').reverse().toArray());
}

export function deleteDraft(db: ParallaxDb, id: string): Promise<void> {
	return withReopen(db, () => db.lessonDrafts.delete(id));
}
