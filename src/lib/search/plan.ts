// Which lessons the index must add, replace or drop to match what the device holds.
import type { CatalogRow } from '$lib/db/types';
import { catalogVersion, packVersion } from './documents';

/** A lesson as the index should hold it: the downloaded pack, or else the catalog entry. */
export type WantedLesson =
	| { id: string; version: string; from: 'pack' }
	| { id: string; version: string; from: 'catalog'; row: CatalogRow };

export type IndexPlan = { upsert: WantedLesson[]; remove: string[] };

/** Every lesson in the catalog or stored on the device, in the form the index should have it. */
export function wantedLessons(
	catalog: CatalogRow[],
	storedHashes: Map<string, string>
): Map<string, WantedLesson> {
	const wanted = new Map<string, WantedLesson>();
	for (const row of catalog) {
		wanted.set(row.id, { id: row.id, version: catalogVersion(row.hash), from: 'catalog', row });
	}
	// the stored lesson wins: it is what the reader opens, even when the catalog is newer
	for (const [id, hash] of storedHashes) {
		wanted.set(id, { id, version: packVersion(hash), from: 'pack' });
	}
	return wanted;
}

/** The difference; catalog entries first, so every title is searchable before the long texts. */
export function planUpdate(
	indexed: Map<string, string>,
	wanted: Map<string, WantedLesson>
): IndexPlan {
	const upsert = [...wanted.values()].filter((w) => indexed.get(w.id) !== w.version);
	upsert.sort((a, b) => Number(a.from === 'pack') - Number(b.from === 'pack'));
	const remove = [...indexed.keys()].filter((id) => !wanted.has(id));
	return { upsert, remove };
}
