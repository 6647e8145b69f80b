import type { CatalogRow } from '$lib/db';

export type LessonState = 'stored' | 'updating' | 'missing' | 'outdated' | 'failed';

export const lessonStateLabels: Record<LessonState, string> = {
	stored: 'On this device',
	updating: 'Updating…',
	missing: 'Not yet downloaded',
	outdated: 'On this device (update pending)',
	failed: 'Download failed'
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
