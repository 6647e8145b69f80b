import type { CatalogRow, ParallaxDb } from '$lib/db';
import type { AssignedLesson, AssignmentSpec } from '$lib/model';
import { lessonRef, matchLessons, specOf, type LinkedAssignment } from './link';

/** One of a link's lessons as this device sees it. */
export type LinkedLessonView = {
	// the lesson's place in the link, stable across updates
	key: string;
	id: string | undefined;
	// its catalog entry (title, minutes), once the catalog is on this device
	entry: CatalogRow | undefined;
	// its pack is on this device
	stored: boolean;
	// as the assignment holds it, once its required questions are known
	assigned: AssignedLesson | undefined;
	// this device's copy (or the catalog's, before it downloads) is not the teacher's version
	versionDiffers: boolean;
};

export type LinkLibrary = {
	// the device has a catalog at all (a fresh tablet has none until its first sync)
	hasCatalog: boolean;
	lessons: LinkedLessonView[];
	// the assignment to store, once every lesson is matched and its questions known
	spec: AssignmentSpec | undefined;
};

/**
 * What this device knows of a link's lessons: catalog entries and stored copies, matched by id or
 * by the link's reference. Read inside a live query, so it follows the catalog and the downloads.
 */
export async function readLinkLibrary(
	db: ParallaxDb,
	assignment: LinkedAssignment
): Promise<LinkLibrary> {
	const [catalogIds, storedIds] = (await Promise.all([
		db.catalog.toCollection().primaryKeys(),
		db.lessons.toCollection().primaryKeys()
	])) as [string[], string[]];
	const refs = new Set(assignment.lessons.map((lesson) => lesson.ref));
	const named = new Set(assignment.lessons.map((lesson) => lesson.id));
	// only the lessons the link can mean are read whole
	const wanted = [...new Set([...catalogIds, ...storedIds])].filter(
		(id) => named.has(id) || refs.has(lessonRef(id))
	);
	const [entries, stored] = await Promise.all([
		db.catalog.bulkGet(wanted),
		db.lessons.bulkGet(wanted)
	]);
	const entryOf = new Map(wanted.map((id, i) => [id, entries[i]]));
	const storedOf = new Map(wanted.map((id, i) => [id, stored[i]]));
	const matches = matchLessons(assignment, {
		ids: wanted,
		stored: (id) => {
			const row = storedOf.get(id);
			return row && { hash: row.hash, questions: row.lesson.questions.map((q) => q.id) };
		}
	});
	const lessons = assignment.lessons.map((lesson, index): LinkedLessonView => {
		const { id, assigned } = matches[index]!;
		const entry = id === undefined ? undefined : entryOf.get(id);
		const copy = id === undefined ? undefined : storedOf.get(id);
		const hash = copy?.hash ?? entry?.hash;
		return {
			key: `${index}`,
			id,
			entry,
			stored: copy !== undefined,
			assigned,
			versionDiffers: hash !== undefined && !hash.startsWith(lesson.hash)
		};
	});
	return { hasCatalog: catalogIds.length > 0, lessons, spec: specOf(assignment, matches) };
}
