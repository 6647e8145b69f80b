import type { CatalogRow } from '$lib/db/types';
import { m } from '$lib/paraglide/messages';

type Origin = Pick<CatalogRow, 'origin' | 'madeBy' | 'madeHere'>;

/** Where a lesson that is not the library's came from, and who made it; '' for the library's. */
export function lessonOrigin(lesson: Origin): string {
	if (lesson.origin !== 'file') return '';
	const name = lesson.madeBy;
	if (lesson.madeHere) return name ? m.library_origin_here_by({ name }) : m.library_origin_here();
	return name ? m.library_origin_file_by({ name }) : m.library_origin_file();
}

/** The same on a library card, which says too that the lesson is not the library's. */
export function lessonOriginOnCard(lesson: Origin): string {
	if (lesson.origin !== 'file') return '';
	const name = lesson.madeBy;
	if (lesson.madeHere) {
		return name ? m.library_card_origin_here_by({ name }) : m.library_card_origin_here();
	}
	return name ? m.library_card_origin_file_by({ name }) : m.library_card_origin_file();
}
