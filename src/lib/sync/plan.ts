import type { CatalogEntry } from '$lib/content/model';

/** The lessons whose version on this device differs from the catalog's (or is missing). */
export function lessonsToDownload(
	entries: readonly CatalogEntry[],
	stored: ReadonlyMap<string, string>
): CatalogEntry[] {
	return entries.filter((entry) => stored.get(entry.id) !== entry.hash);
}
