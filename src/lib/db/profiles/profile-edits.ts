// Adding, changing and deleting profiles: loaded when a profile is edited, so every page's first
// visit carries only the reading of profiles (profiles-repo.ts).
import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';
import { ProfileEditError } from '../errors';
import { profileSettingKey } from '../settings-repo';
import type { Profile } from '../types';

export async function createProfile(
	db: ParallaxDb,
	fields: { name: string; colour?: string; emoji?: string }
): Promise<Profile> {
	const name = fields.name.trim();
	if (!name) throw new ProfileEditError('no-name');
	const profile: Profile = {
		id: crypto.randomUUID(),
		uid: crypto.randomUUID(),
		...fields,
		name,
		createdAt: Date.now()
	};
	await withReopen(db, () => db.profiles.add(profile));
	return profile;
}

export async function updateProfile(
	db: ParallaxDb,
	id: string,
	fields: { name: string; colour?: string; emoji?: string }
): Promise<void> {
	const name = fields.name.trim();
	if (!name) throw new ProfileEditError('no-name');
	await withReopen(db, () => db.profiles.update(id, { ...fields, name }));
}

export function countAnswers(db: ParallaxDb, profileId: string): Promise<number> {
	return withReopen(db, () => db.answers.where('profileId').equals(profileId).count());
}

/**
 * Deletes a profile with everything it wrote. One transaction: a failure leaves the profile
 * and every answer exactly as they were.
 */
export function deleteProfile(db: ParallaxDb, id: string): Promise<void> {
	return withReopen(db, () =>
		db.transaction(
			'rw',
			[db.profiles, db.answers, db.progress, db.settings, db.received, db.annotations],
			async (tx) => {
				await tx.answers.where('profileId').equals(id).delete();
				await tx.annotations.where('profileId').equals(id).delete();
				await tx.received.where('profileId').equals(id).delete();
				await tx.progress.where('profileId').equals(id).delete();
				await tx.settings.where('key').startsWith(profileSettingKey(id, '')).delete();
				await tx.profiles.delete(id);
			}
		)
	);
}
