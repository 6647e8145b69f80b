import { fetchCatalog } from '$lib/library/catalog';
import type { PageLoad } from './$types';

export const load = (async ({ fetch }) => {
	return {
		// every lesson the build compiled, in catalog order
		catalog: await fetchCatalog(fetch)
	};
}) satisfies PageLoad;
