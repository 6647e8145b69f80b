import type { CompiledLesson, CompiledSource, GlossaryEntry } from '$lib/content/model';
import { getCatalogEntry, getLesson, savePack, type ParallaxDb } from '$lib/db';
import { fetchFreshCatalog } from '$lib/sync/catalog-source';
import { downloadPack } from '$lib/sync/pack-check';

export type OpenedLesson = {
	lesson: CompiledLesson;
	sources: CompiledSource[];
	glossary: GlossaryEntry[];
	hash: string;
};

/** Why a lesson cannot be shown, for the error page. */
export class LessonUnavailable extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
	}
}

/**
 * Opens a lesson from this device; only when it is not here yet does it go to the network,
 * and then it stores the pack so the next open works offline.
 */
export async function openLesson(
	db: ParallaxDb,
	id: string,
	fetcher: typeof fetch
): Promise<OpenedLesson> {
	const local = await getLesson(db, id);
	if (local) {
		const { stored, sources } = local;
		return { lesson: stored.lesson, sources, glossary: stored.glossary, hash: stored.hash };
	}
	const entry =
		(await getCatalogEntry(db, id)) ??
		(await fetchFreshCatalog(fetcher))?.lessons.find((lesson) => lesson.id === id);
	if (!entry) {
		if (!navigator.onLine) {
			throw new LessonUnavailable(
				`This lesson is not on this device yet. Connect to the internet once to download it.`,
				503
			);
		}
		throw new LessonUnavailable(`There is no lesson called “${id}”.`, 404);
	}
	let pack;
	try {
		pack = await downloadPack(fetcher, entry);
	} catch (error) {
		const offline = (error as { reason?: string }).reason === 'offline';
		throw new LessonUnavailable(
			offline
				? `“${entry.title}” is not on this device yet. Connect to the internet once to download it.`
				: (error as Error).message,
			offline ? 503 : 500
		);
	}
	await savePack(db, entry, pack);
	return { lesson: pack.lesson, sources: pack.sources, glossary: pack.glossary, hash: pack.hash };
}
