import type { CatalogRow } from '$lib/db/types';

/** Where a lesson that is not the library's came from, and who made it; '' for the library's. */
export function lessonOrigin(lesson: Pick<CatalogRow, 'origin' | 'madeBy' | 'madeHere'>): string {
	if (lesson.origin !== 'file') return '';
	const by = lesson.madeBy ? ` by ${lesson.madeBy}` : '';
	return lesson.madeHere ? `Made on this device${by}` : `From a lesson file${by}`;
}
