import { LIBRARY_HEAD_URL, type LibraryHead } from '$lib/library/library-head';
import type { PageLoad } from './$types';

export const load = (async ({ fetch }) => {
	const response = await fetch(LIBRARY_HEAD_URL);
	return {
		// the first screen of the catalog as built, prerendered so the library paints before IndexedDB
		head: (await response.json()) as LibraryHead
	};
}) satisfies PageLoad;
