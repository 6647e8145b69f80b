import type { CatalogEntry, LessonPack } from '$lib/content/model';
import {
	type ParallaxDb,
	StorageFullError,
	explainStorageError,
	saveCatalog,
	savePacks,
	storedHashes
} from '$lib/db';
import { fetchFreshCatalog } from './catalog-source';
import { downloadPack } from './pack-check';
import { lessonsToDownload } from './plan';

export type SyncEvents = {
	onStart?(total: number): void;
	onLessonStart?(entry: CatalogEntry): void;
	onLessonDone?(entry: CatalogEntry, error?: Error): void;
};

export type SyncResult =
	| { status: 'offline' }
	| { status: 'done'; downloaded: number; failed: { id: string; message: string }[] }
	| { status: 'storage-full'; downloaded: number; message: string }
	// the device's storage refused the sync for another reason (the manager words it)
	| { status: 'failed'; message: string };

// a few downloads at once keep the connection busy without flooding a school's network
const PARALLEL_DOWNLOADS = 4;
// packs are written in batches: one transaction per batch is far cheaper than one per lesson
export const PACK_BATCH_SIZE = 50;

type Downloaded = { entry: CatalogEntry; pack: LessonPack };

/**
 * Brings this device's lessons up to date: the newest catalog, then every pack whose hash
 * changed. A pack is stored only after its SHA-256 matches; a batch of packs is one transaction,
 * so a failure keeps the previous version of each lesson in it.
 */
export async function syncLessons(
	db: ParallaxDb,
	fetcher: typeof fetch,
	events: SyncEvents = {}
): Promise<SyncResult> {
	const catalog = await fetchFreshCatalog(fetcher);
	if (!catalog) return { status: 'offline' };
	try {
		await saveCatalog(db, catalog.lessons);
	} catch (cause) {
		// a full disk before any lesson: the same clear stop as a full disk during the downloads
		const error = explainStorageError(cause);
		if (error instanceof StorageFullError)
			return { status: 'storage-full', downloaded: 0, message: error.message };
		throw error;
	}
	const queue = lessonsToDownload(catalog.lessons, await storedHashes(db));
	events.onStart?.(queue.length);
	const failed: { id: string; message: string }[] = [];
	let downloaded = 0;

	for (let start = 0; start < queue.length; start += PACK_BATCH_SIZE) {
		const batch = queue.slice(start, start + PACK_BATCH_SIZE);
		const ready: Downloaded[] = [];
		await eachLimited(batch, PARALLEL_DOWNLOADS, async (entry) => {
			events.onLessonStart?.(entry);
			try {
				ready.push({ entry, pack: await downloadPack(fetcher, entry) });
			} catch (error) {
				failed.push({ id: entry.id, message: (error as Error).message });
				events.onLessonDone?.(entry, error as Error);
			}
		});
		try {
			await savePacks(db, ready);
		} catch (cause) {
			const error = explainStorageError(cause);
			for (const { entry } of ready) events.onLessonDone?.(entry, error);
			if (error instanceof StorageFullError) {
				return { status: 'storage-full', downloaded, message: error.message };
			}
			failed.push(...ready.map(({ entry }) => ({ id: entry.id, message: error.message })));
			continue;
		}
		downloaded += ready.length;
		for (const { entry } of ready) events.onLessonDone?.(entry);
	}
	return { status: 'done', downloaded, failed };
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
