import type { CatalogEntry } from '$lib/content/model';
import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type { CatalogRow } from './types';

/**
 * Replaces the stored catalog with a newer one. A lesson the new catalog drops stays (marked
 * removed) when this device holds answers for it; otherwise it and its download are deleted.
 */
export function saveCatalog(db: ParallaxDb, entries: CatalogEntry[]): Promise<void> {
	const incoming = new Set(entries.map((e) => e.id));
	return withReopen(db, () =>
		db.transaction('rw', [db.catalog, db.lessons, db.sources, db.answers], async (tx) => {
			for (const old of await tx.catalog.toArray()) {
				// a lesson from a lesson file is this device's own: the library's catalog never drops it
				if (incoming.has(old.id) || old.origin === 'file') continue;
				if ((await tx.answers.where('lessonId').equals(old.id).count()) > 0) {
					await tx.catalog.put({ ...old, removed: true });
				} else {
					await tx.catalog.delete(old.id);
					await tx.sources.where('lessonId').equals(old.id).delete();
					await tx.lessons.delete(old.id);
				}
			}
			await tx.catalog.bulkPut(entries);
		})
	);
}

export function getCatalog(db: ParallaxDb): Promise<CatalogRow[]> {
	return withReopen(db, () => db.catalog.toArray());
}

export function getCatalogEntry(db: ParallaxDb, id: string): Promise<CatalogRow | undefined> {
	return withReopen(db, () => db.catalog.get(id));
}
