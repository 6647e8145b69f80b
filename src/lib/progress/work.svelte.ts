import { getDb, storedLessons, storedLessonsNamed, workOf } from '$lib/db';
import { liveState } from '$lib/state/live.svelte';
import { currentProfile } from '$lib/profiles/current-profile.svelte';
import { summarizeWork } from './summary';

/**
 * The current profile's progress in every stored lesson, kept live as answers are saved. With
 * `touchedOnly`, only the lessons the profile has read or answered: a large library need not
 * load every stored lesson to show a few progress lines.
 */
export function liveProgress({ touchedOnly = false } = {}) {
	return liveState(
		async () => {
			const db = getDb();
			const profileId = currentProfile.id;
			const work = await workOf(db, profileId);
			const touched = [...work.progress, ...work.answers].map((row) => row.lessonId);
			const lessons = touchedOnly ? await storedLessonsNamed(db, touched) : await storedLessons(db);
			return { profileId, lessons, byLesson: summarizeWork(lessons, work) };
		},
		() => currentProfile.id
	);
}
