import type { CatalogEntry } from '$lib/content/model';
import {
	type ParallaxDb,
	StorageFullError,
	explainStorageError,
	saveCatalog,
	savePack,
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
	| { status: 'storage-full'; downloaded: number; message: string };

/**
 * Brings this device's lessons up to date: newest catalog, then every pack whose hash changed,
 * each stored in its own transaction (a failure keeps the previous version of that lesson).
 */
export async function syncLessons(
	db: ParallaxDb,
	fetcher: typeof fetch,
	events: SyncEvents = {}
): Promise<SyncResult> {
	const catalog = await fetchFreshCatalog(fetcher);
	if (!catalog) return { status: 'offline' };
	await saveCatalog(db, catalog.lessons);
	const queue = lessonsToDownload(catalog.lessons, await storedHashes(db));
	events.onStart?.(queue.length);
	const failed: { id: string; message: string }[] = [];
	let downloaded = 0;
	for (const entry of queue) {
		events.onLessonStart?.(entry);
		try {
			const pack = await downloadPack(fetcher, entry);
			await savePack(db, entry, pack);
			downloaded++;
			events.onLessonDone?.(entry);
		} catch (cause) {
			const error = explainStorageError(cause);
			events.onLessonDone?.(entry, error);
			if (error instanceof StorageFullError) {
				return { status: 'storage-full', downloaded, message: error.message };
			}
			failed.push({ id: entry.id, message: error.message });
		}
	}
	return { status: 'done', downloaded, failed };
}
