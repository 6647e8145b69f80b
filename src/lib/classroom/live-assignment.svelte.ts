import { getDb } from '$lib/db';
import { liveState } from '$lib/state/live.svelte';
import { getReceived } from '$lib/db/received/received-repo';
import { currentProfile } from '$lib/profiles/current-profile.svelte';
import { rememberAssignment } from './back-link';
import { loadStudentWork } from './student-work';
import { localToday, standingOf } from './standing';

/** The current profile's copy of one assignment and where they stand, kept live as they answer. */
export function liveAssignment(assignmentId: () => string) {
	const live = liveState(
		async () => {
			const db = getDb();
			const profileId = currentProfile.id;
			const id = assignmentId();
			const received = await getReceived(db, profileId, id);
			if (!received) return { profileId, received, standing: undefined };
			const work = await loadStudentWork(
				db,
				profileId,
				received.spec.lessons.map((l) => l.id)
			);
			return { profileId, received, standing: standingOf(received, work, localToday()) };
		},
		() => [currentProfile.id, assignmentId()]
	);
	// its lessons, opened from here, link back to it
	$effect(() => {
		const spec = live.current?.received?.spec;
		if (spec) rememberAssignment(spec);
	});
	return live;
}
