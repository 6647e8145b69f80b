import { getDb } from '$lib/db';
import { listReplacedSubmissions } from '$lib/db/hand-ins/hand-ins-repo';
import { listSubmissions } from '$lib/db/teacher/classroom-repo';
import { liveState } from '$lib/state/live.svelte';

/**
 * One assignment's hand-ins as they change: those reviewed and those replaced (kept for Undo).
 * Call during component setup.
 */
export function liveHandIns(assignmentId: () => string) {
	return liveState(async () => {
		const db = getDb();
		const [current, replaced] = await Promise.all([
			listSubmissions(db, assignmentId()),
			listReplacedSubmissions(db, assignmentId())
		]);
		return { current, replaced };
	}, assignmentId);
}
