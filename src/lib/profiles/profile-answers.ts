import { countAnswers, getDb } from '$lib/db';

/** How many answers a profile has on this device: what deleting it would lose. */
export const answersOfProfile = (profileId: string) => countAnswers(getDb(), profileId);
