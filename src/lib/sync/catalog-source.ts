import { PACK_FORMAT, type Catalog } from '$lib/content/model';

export const CATALOG_URL = '/content/catalog.json';

/**
 * Fetches the newest catalog from the network, past the service worker's precached copy (the
 * query string misses the precache), or undefined when offline or the server is unreachable.
 */
export async function fetchFreshCatalog(fetcher: typeof fetch): Promise<Catalog | undefined> {
	try {
		const response = await fetcher(`${CATALOG_URL}?fresh=${Date.now()}`, { cache: 'no-store' });
		if (!response.ok) return undefined;
		const data = (await response.json()) as Catalog;
		return data.format === PACK_FORMAT && Array.isArray(data.lessons) ? data : undefined;
	} catch {
		return undefined;
	}
}
