import type { ParallaxDb } from './database';
import { withReopen } from './connection';

/** Settings that belong to one profile share a key prefix, so deleting the profile finds them. */
export const profileSettingKey = (profileId: string, name: string) =>
	`profile.${profileId}.${name}`;

export async function getSetting<T>(db: ParallaxDb, key: string): Promise<T | undefined> {
	const row = await withReopen(db, () => db.settings.get(key));
	return row?.value as T | undefined;
}

export async function setSetting(db: ParallaxDb, key: string, value: unknown): Promise<void> {
	await withReopen(db, () => db.settings.put({ key, value }));
}
