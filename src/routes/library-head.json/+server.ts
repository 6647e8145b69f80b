import { json } from '@sveltejs/kit';
import type { Catalog } from '$lib/content/model';
import { FIRST_SCREEN, type LibraryHead } from '$lib/library/library-head';
import { sortLessons } from '$lib/library/filters';
import { CATALOG_URL } from '$lib/sync/catalog-source';
import type { RequestHandler } from './$types';

export const prerender = true;

// the library's prerendered first screen: the first lessons by title and the count, so the page
// stays small however many lessons the catalog holds (the rest comes from the device)
export const GET: RequestHandler = async ({ fetch }) => {
	const catalog = (await (await fetch(CATALOG_URL)).json()) as Catalog;
	const head: LibraryHead = {
		total: catalog.lessons.length,
		lessons: sortLessons(catalog.lessons, 'title').slice(0, FIRST_SCREEN)
	};
	return json(head);
};
