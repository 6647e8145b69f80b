import type { LessonPack } from '$lib/content/model';
import { getCatalogEntry, savePack, type ParallaxDb } from '$lib/db';
import { storageErrorText } from '$lib/i18n/storage-error';
import { fetchFreshCatalog } from './catalog-source';
import { m } from '$lib/paraglide/messages';
import { downloadPack } from './pack-check';
import { packErrorText } from './pack-error-text';

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
 * One lesson this device lacks, fetched now because a student opened it: found in the stored
 * catalog (or a fresh one), checked and stored the way the sync stores every pack, so the next
 * open works offline.
 */
export async function fetchLesson(
	db: ParallaxDb,
	id: string,
	fetcher: typeof fetch
): Promise<LessonPack> {
	let entry = await getCatalogEntry(db, id);
	if (!entry) {
		const catalog = await fetchFreshCatalog(fetcher);
		// no catalog is no network: the lesson may well exist, this device just has not seen it
		if (!catalog) {
			throw new LessonUnavailable(m.lesson_not_here(), 503);
		}
		entry = catalog.lessons.find((lesson) => lesson.id === id);
		if (!entry) throw new LessonUnavailable(m.lesson_no_such({ id }), 404);
	}
	let pack: LessonPack;
	try {
		pack = await downloadPack(fetcher, entry);
	} catch (error) {
		const offline = (error as { reason?: string }).reason === 'offline';
		throw new LessonUnavailable(
			offline ? m.lesson_not_here_named({ title: entry.title }) : packErrorText(error),
			offline ? 503 : 500
		);
	}
	try {
		await savePack(db, entry, pack);
	} catch (cause) {
		// a full disk gets the same words as during a sync, never the database's own
		throw new LessonUnavailable(storageErrorText(cause), 507);
	}
	return pack;
}
