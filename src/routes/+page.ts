import type { Catalog } from '$lib/content/model';
import { CATALOG_URL } from '$lib/offline/catalog-source';
import type { PageLoad } from './$types';

export const load = (async ({ fetch }) => {
	const response = await fetch(CATALOG_URL);
	return {
		// the catalog as built: prerendered into the page so the library paints before IndexedDB
		catalog: (await response.json()) as Catalog
	};
}) satisfies PageLoad;
