import { getDb, liveState, storedLessons, workOf } from '$lib/db';
import { currentProfile } from '$lib/profiles/current-profile.svelte';
import { summarizeWork } from './summary';

/** The current profile's progress in every stored lesson, kept live as answers are saved. */
export function liveProgress() {
	return liveState(
		async () => {
			const db = getDb();
			const profileId = currentProfile.id;
			const [lessons, work] = await Promise.all([storedLessons(db), workOf(db, profileId)]);
			return { profileId, lessons, byLesson: summarizeWork(lessons, work) };
		},
		() => currentProfile.id
	);
}
