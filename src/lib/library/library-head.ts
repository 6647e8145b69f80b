import type { CatalogEntry } from '$lib/content/model';

export const LIBRARY_HEAD_URL = '/library-head.json';
// enough cards to fill a large screen before anything is measured
export const FIRST_SCREEN = 24;

/** The build's first lessons by title and how many there are in all. */
export type LibraryHead = { total: number; lessons: CatalogEntry[] };
