import type { ParallaxDb } from './database';
import { withReopen } from './connection';

// What a lesson page asks about assignments, kept apart from the rest of the classroom code so
// lesson pages stay light.

/** Whether any assignment this profile received hides reader comments in this lesson. */
export async function commentsHiddenFor(
	db: ParallaxDb,
	profileId: string,
	lessonId: string
): Promise<boolean> {
	const rows = await withReopen(db, () =>
		db.received.where('profileId').equals(profileId).toArray()
	);
	return rows.some(
		(row) => row.spec.hideComments && row.spec.lessons.some((l) => l.id === lessonId)
	);
}
