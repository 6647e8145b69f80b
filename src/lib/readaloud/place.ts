import { getDb, getSetting, profileSettingKey, setSetting } from '$lib/db';

/** The last sentence a profile heard in one text, with its first words to tell it again. */
export type HeardPlace = { index: number; start: string };

// kept under the profile's settings prefix, so deleting the profile deletes it
const key = (profileId: string, placeKey: string) =>
	profileSettingKey(profileId, `readAloud.${placeKey}`);

// enough of the sentence to know it is still the same one after a lesson update
export const placeMark = (text: string) => text.slice(0, 40);

export async function loadPlace(
	profileId: string,
	placeKey: string
): Promise<HeardPlace | undefined> {
	return getSetting<HeardPlace>(getDb(), key(profileId, placeKey));
}

export async function savePlace(
	profileId: string,
	placeKey: string,
	place: HeardPlace
): Promise<void> {
	await setSetting(getDb(), key(profileId, placeKey), place);
}

/**
 * Where to continue in the text as it is now: the kept sentence if it still starts the same, else
 * the first that does, else nowhere (the text changed under it).
 */
export function placeIn(
	marks: readonly string[],
	place: HeardPlace | undefined
): number | undefined {
	if (!place || place.index <= 0) return undefined;
	if (marks[place.index] === place.start) return place.index;
	const found = marks.indexOf(place.start);
	return found > 0 ? found : undefined;
}
