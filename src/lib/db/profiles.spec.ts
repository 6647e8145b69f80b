import { afterEach, describe, expect, it } from 'vitest';
import { createProfile, deleteProfile, listProfiles } from './profiles-repo';
import { savePosition } from './progress-repo';
import { profileSettingKey, setSetting } from './settings-repo';
import { answer, dropDatabases, freshDb } from './test-factory';
import type { ParallaxDb } from './database';

const dbs: ParallaxDb[] = [];
const db = () => {
	const created = freshDb();
	dbs.push(created);
	return created;
};
afterEach(() => dropDatabases(dbs));

describe('profiles', () => {
	it('lists profiles by name and refuses an empty name', async () => {
		const database = db();
		await createProfile(database, { name: 'Zara', emoji: '🦊' });
		await createProfile(database, { name: ' Ana ' });
		expect((await listProfiles(database)).map((p) => p.name)).toEqual(['Ana', 'Zara']);
		await expect(createProfile(database, { name: '   ' })).rejects.toThrow(/needs a name/);
	});

	it('deleting a profile deletes its answers, progress and preferences, and nobody else’s', async () => {
		const database = db();
		const ana = await createProfile(database, { name: 'Ana' });
		const ben = await createProfile(database, { name: 'Ben' });
		for (const profile of [ana, ben]) {
			await database.answers.put(answer({ profileId: profile.id }));
			await savePosition(database, profile.id, 'flood', 'gazette', 'p-1');
			await setSetting(database, profileSettingKey(profile.id, 'readerPrefs'), { size: 2 });
			await setSetting(database, profileSettingKey(profile.id, 'contentNoteSeen.flood'), true);
			await setSetting(database, `device.${profile.id}.unrelated`, 1);
		}
		await deleteProfile(database, ana.id);
		expect(await listProfiles(database)).toEqual([ben]);
		expect((await database.answers.toArray()).map((a) => a.profileId)).toEqual([ben.id]);
		expect((await database.progress.toArray()).map((p) => p.profileId)).toEqual([ben.id]);
		expect((await database.settings.toArray()).map((s) => s.key).sort()).toEqual(
			[
				profileSettingKey(ben.id, 'contentNoteSeen.flood'),
				profileSettingKey(ben.id, 'readerPrefs'),
				`device.${ana.id}.unrelated`,
				`device.${ben.id}.unrelated`
			].sort()
		);
	});
});
