import { getDb } from '$lib/db';
import { countAnswers } from '$lib/db/profiles/profile-edits';

/** How many answers a profile has on this device: what deleting it would lose. */
export const answersOfProfile = (profileId: string) => countAnswers(getDb(), profileId);
