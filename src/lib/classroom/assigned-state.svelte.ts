import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { listReceived } from '$lib/db/received/received-repo';
import { currentProfile } from '$lib/profiles/current-profile.svelte';
import { liveState } from '$lib/state/live.svelte';
import { loadStudentWork } from './student-work';
import { localToday, standingOf } from './standing';

/**
 * Every assignment of the current profile with where they stand, live as they answer.
 * Call during component setup (it owns an effect).
 */
export function assignedToCurrentProfile() {
	const assigned = liveState(
		async () => {
			const db = getDb();
			const rows = await listReceived(db, currentProfile.id);
			const today = localToday();
			return Promise.all(
				rows.map(async (row) => {
					const work = await loadStudentWork(
						db,
						row.profileId,
						row.spec.lessons.map((l) => l.id)
					);
					return { row, standing: standingOf(row, work, today) };
				})
			);
		},
		() => currentProfile.id
	);
	return {
		get current() {
			return assigned.current;
		},
		/** Words a student can act on, never `String(error)`. */
		get error() {
			return assigned.error === undefined ? undefined : storageErrorText(assigned.error);
		}
	};
}
