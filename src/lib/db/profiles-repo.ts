import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type { Profile } from './types';

export function listProfiles(db: ParallaxDb): Promise<Profile[]> {
	return withReopen(db, () => db.profiles.orderBy('name').toArray());
}

export function getProfile(db: ParallaxDb, id: string): Promise<Profile | undefined> {
	return withReopen(db, () => db.profiles.get(id));
}

/** Every device starts with one profile, so a self-learner is never asked who is reading. */
export async function ensureFirstProfile(db: ParallaxDb, id: string, name: string): Promise<void> {
	await withReopen(db, () =>
		db.transaction('rw', db.profiles, async (tx) => {
			if ((await tx.profiles.count()) === 0)
				await tx.profiles.add({ id, uid: crypto.randomUUID(), name, createdAt: Date.now() });
		})
	);
}
