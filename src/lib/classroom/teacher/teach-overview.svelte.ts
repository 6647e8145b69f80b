import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { countSubmissions, listAssignments } from '$lib/db/teacher/classroom-repo';
import { liveState } from '$lib/state/live.svelte';

/**
 * Every assignment this device made, with how many hand-ins each has, live as files are imported.
 * Call during component setup (it owns an effect).
 */
export function teachOverview() {
	const data = liveState(async () => {
		const db = getDb();
		const [assignments, counts] = await Promise.all([listAssignments(db), countSubmissions(db)]);
		return { assignments, counts };
	});
	return {
		get all() {
			return data.current?.assignments ?? [];
		},
		get active() {
			return data.current?.assignments.filter((a) => !a.archived) ?? [];
		},
		get archived() {
			return data.current?.assignments.filter((a) => a.archived) ?? [];
		},
		handedIn(id: string) {
			return data.current?.counts[id] ?? 0;
		},
		get loading() {
			return data.isLoading;
		},
		/** Words a teacher can act on, never `String(error)`. */
		get error() {
			return data.error === undefined ? undefined : storageErrorText(data.error);
		}
	};
}
