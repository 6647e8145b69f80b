import { getDb, getProgress, markRead } from '$lib/db';

/** Whether a profile has read an account of a lesson to its end (or marked it read). */
export const hasRead = async (profileId: string, lessonId: string, sourceId: string) =>
	(await getProgress(getDb(), profileId, lessonId)).read[sourceId] === true;

/** Records that a profile read an account of a lesson. */
export const markAccountRead = (profileId: string, lessonId: string, sourceId: string) =>
	markRead(getDb(), profileId, lessonId, sourceId);
