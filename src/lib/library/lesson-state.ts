import type { CatalogRow } from '$lib/db';
import { m } from '$lib/paraglide/messages';

export type LessonState = 'stored' | 'updating' | 'missing' | 'outdated' | 'failed';

export const lessonStateLabels: Record<LessonState, () => string> = {
	stored: m.library_state_stored,
	updating: m.library_state_updating,
	missing: m.library_state_missing,
	outdated: m.library_state_outdated,
	failed: m.library_state_failed
};

/** Where a lesson stands on this device, from the catalog, the stored hashes and the sync. */
export function lessonState(
	entry: CatalogRow,
	storedHash: string | undefined,
	updating: boolean,
	failed: boolean
): LessonState {
	if (updating) return 'updating';
	if (storedHash === entry.hash || (entry.removed && storedHash)) return 'stored';
	if (failed) return 'failed';
	return storedHash ? 'outdated' : 'missing';
}
