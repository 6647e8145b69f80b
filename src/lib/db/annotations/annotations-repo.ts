import type { Annotation } from '$lib/model';
import { withReopen } from '../connection';
import type { ParallaxDb } from '../database';

/** Writes an annotation as it stands (each change autosaves): the last write wins. */
export function saveAnnotation(db: ParallaxDb, annotation: Annotation): Promise<void> {
	return withReopen(db, async () => {
		await db.annotations.put(annotation);
	});
}

export function deleteAnnotation(db: ParallaxDb, id: string): Promise<void> {
	return withReopen(db, () => db.annotations.delete(id));
}

/** One profile's annotations on one lesson, in the order they were made. */
export function annotationsFor(
	db: ParallaxDb,
	profileId: string,
	lessonId: string
): Promise<Annotation[]> {
	return withReopen(db, async () =>
		(await db.annotations.where({ profileId, lessonId }).toArray()).sort(
			(a, b) => a.createdAt - b.createdAt
		)
	);
}

/** Every annotation of one profile, for its search and its hand-ins. */
export function annotationsOf(db: ParallaxDb, profileId: string): Promise<Annotation[]> {
	return withReopen(db, () => db.annotations.where('profileId').equals(profileId).toArray());
}
