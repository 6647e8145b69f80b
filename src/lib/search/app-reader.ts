// Reads the lessons to index from the app's database. Reads only: the index is a derivable cache.
// (Imports the repositories, not `$lib/db`, whose index also pulls in Svelte-only code.)
import { getCatalog } from '$lib/db/catalog-repo';
import type { ParallaxDb } from '$lib/db/database';
import { getLesson, storedHashes } from '$lib/db/lessons-repo';
import { lessonFromCatalog, lessonFromPack, type IndexedLesson } from './documents';
import { wantedLessons, type WantedLesson } from './plan';

export async function readWantedLessons(db: ParallaxDb): Promise<Map<string, WantedLesson>> {
	const [catalog, hashes] = await Promise.all([getCatalog(db), storedHashes(db)]);
	return wantedLessons(catalog, hashes);
}

/** The lesson's documents, or undefined if it was deleted since the plan was made. */
export async function readLesson(
	db: ParallaxDb,
	wanted: WantedLesson
): Promise<IndexedLesson | undefined> {
	if (wanted.from === 'catalog') return lessonFromCatalog(wanted.row);
	const found = await getLesson(db, wanted.id);
	return found && lessonFromPack(found.stored, found.sources);
}
