import type { CompiledLesson, CompiledSource, GlossaryEntry } from '$lib/content/model';
import { getDb, getLesson, type ParallaxDb } from '$lib/db';
import { fetchLesson } from '$lib/sync/fetch-lesson';

export { LessonUnavailable } from '$lib/sync/fetch-lesson';

export type OpenedLesson = {
	lesson: CompiledLesson;
	sources: CompiledSource[];
	glossary: GlossaryEntry[];
	hash: string;
};

/**
 * Opens a lesson from this device; only when it is not here yet does it go to the network,
 * through the sync's own path (checked pack, stored), so the next open works offline.
 */
export async function openLesson(
	id: string,
	fetcher: typeof fetch,
	db: ParallaxDb = getDb()
): Promise<OpenedLesson> {
	const local = await getLesson(db, id);
	if (local) {
		const { stored, sources } = local;
		return { lesson: stored.lesson, sources, glossary: stored.glossary, hash: stored.hash };
	}
	const pack = await fetchLesson(db, id, fetcher);
	return { lesson: pack.lesson, sources: pack.sources, glossary: pack.glossary, hash: pack.hash };
}
