import { afterEach, describe, expect, it } from 'vitest';
import { getDb, getLesson, savePack } from '$lib/db';
import { answer, compiledLibrary } from '$lib/db/test-factory';
import { removeDownloaded } from './downloaded.svelte';

const { packs } = compiledLibrary();
const flood = packs.get('flood')!;

afterEach(async () => {
	const db = getDb();
	await db.answers.clear();
	await db.lessons.clear();
	await db.sources.clear();
});

describe('removeDownloaded', () => {
	it('removes a lesson without answers and says it downloads again', async () => {
		await savePack(getDb(), flood.entry, flood.pack);
		expect(await removeDownloaded('flood', 'Flood')).toMatch(/^Removed “Flood”/);
		expect(await getLesson(getDb(), 'flood')).toBeUndefined();
	});

	it('keeps a lesson with answers and says why', async () => {
		await savePack(getDb(), flood.entry, flood.pack);
		await getDb().answers.put(answer());
		expect(await removeDownloaded('flood', 'Flood')).toMatch(/has answers on this device/);
		expect(await getLesson(getDb(), 'flood')).toBeDefined();
	});
});
