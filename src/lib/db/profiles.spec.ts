import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstProfile, listProfiles } from './profiles-repo';
import {
	countAnswers,
	createProfile,
	deleteProfile,
	updateProfile
} from './profiles/profile-edits';
import { getProgress, markRead, savePosition, workOf } from './progress-repo';
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
		await expect(createProfile(database, { name: '   ' })).rejects.toMatchObject({
			problem: 'no-name'
		});
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

describe('the first profile, editing and counting', () => {
	it('creates the first profile only on an empty device', async () => {
		const database = db();
		await ensureFirstProfile(database, 'device', 'Me');
		await ensureFirstProfile(database, 'device', 'Someone else');
		expect((await listProfiles(database)).map((p) => [p.id, p.name])).toEqual([['device', 'Me']]);
		await createProfile(database, { name: 'Ana' });
		await database.profiles.delete('device');
		await ensureFirstProfile(database, 'device', 'Me');
		expect((await listProfiles(database)).map((p) => p.name)).toEqual(['Ana']);
	});

	it('renames a profile and refuses an empty name', async () => {
		const database = db();
		const ana = await createProfile(database, { name: 'Ana' });
		await updateProfile(database, ana.id, { name: ' Anna ', colour: '#2e7d32', emoji: '🐢' });
		expect(await database.profiles.get(ana.id)).toMatchObject({ name: 'Anna', emoji: '🐢' });
		await expect(updateProfile(database, ana.id, { name: ' ' })).rejects.toMatchObject({
			problem: 'no-name'
		});
		expect((await database.profiles.get(ana.id))?.name).toBe('Anna');
	});

	it('counts one profile’s answers', async () => {
		const database = db();
		await database.answers.put(answer({ profileId: 'a', questionId: 'q1' }));
		await database.answers.put(answer({ profileId: 'a', questionId: 'q2' }));
		await database.answers.put(answer({ profileId: 'b', questionId: 'q1' }));
		expect(await countAnswers(database, 'a')).toBe(2);
		expect(await countAnswers(database, 'c')).toBe(0);
	});
});

describe('progress', () => {
	it('marks an account read once, keeping positions, and reads one profile’s work together', async () => {
		const database = db();
		await savePosition(database, 'a', 'flood', 'gazette', 'p-9');
		await markRead(database, 'a', 'flood', 'gazette');
		const first = await getProgress(database, 'a', 'flood');
		await markRead(database, 'a', 'flood', 'gazette');
		const again = await getProgress(database, 'a', 'flood');
		expect(first.read).toEqual({ gazette: true });
		expect(first.position).toEqual({ gazette: 'p-9' });
		expect(again.updatedAt).toBe(first.updatedAt);
		await database.answers.put(answer({ profileId: 'a' }));
		await database.answers.put(answer({ profileId: 'b' }));
		const work = await workOf(database, 'a');
		expect(work.progress.map((p) => p.lessonId)).toEqual(['flood']);
		expect(work.answers.map((a) => a.profileId)).toEqual(['a']);
	});
});
