import type { ParallaxDb } from './database';
import { afterEach, describe, expect, it } from 'vitest';
import { getCatalog, saveCatalog } from './catalog-repo';
import { withReopen } from './connection';
import { StorageFullError, explainStorageError, isQuotaError } from './errors';
import { lessonIdsWithAnswers, removeLesson } from './downloads/downloads-repo';
import { getLesson, savePack, storedHashes } from './lessons-repo';
import { answer, compiledLibrary, dropDatabases, failWritesTo, freshDb } from './test-factory';

const opened: ParallaxDb[] = [];
function track(db: ParallaxDb): ParallaxDb {
	opened.push(db);
	return db;
}
afterEach(() => dropDatabases(opened));

describe('lessons repository', () => {
	it('stores a pack and reads the lesson back with its sources in order', async () => {
		const db = track(freshDb());
		const { packs } = compiledLibrary();
		const { entry, pack } = packs.get('flood')!;
		await savePack(db, entry, pack);
		const stored = await getLesson(db, 'flood');
		expect(stored?.stored.hash).toBe(entry.hash);
		expect(stored?.sources.map((s) => s.id)).toEqual(['gazette', 'herald']);
		expect(stored?.sources[0]?.blocks.length).toBe(3);
		expect(await storedHashes(db)).toEqual(new Map([['flood', entry.hash]]));
	});

	it('replaces a lesson’s sources when a new version is saved', async () => {
		const db = track(freshDb());
		const { entry, pack } = compiledLibrary().packs.get('flood')!;
		await savePack(db, entry, pack);
		const smaller = { ...pack, hash: 'h2', sources: pack.sources.slice(0, 1) };
		await savePack(db, { ...entry, hash: 'h2' }, smaller);
		expect(await db.sources.where('lessonId').equals('flood').count()).toBe(1);
		expect((await getLesson(db, 'flood'))?.stored.hash).toBe('h2');
	});

	it('refuses to remove a lesson that has answers, and removes one that has none', async () => {
		const db = track(freshDb());
		const { entry, pack } = compiledLibrary().packs.get('flood')!;
		await savePack(db, entry, pack);
		await db.answers.put(answer());
		expect(await lessonIdsWithAnswers(db)).toEqual(new Set(['flood']));
		expect(await removeLesson(db, 'flood')).toBe(false);
		expect(await getLesson(db, 'flood')).toBeDefined();
		await db.answers.clear();
		expect(await removeLesson(db, 'flood')).toBe(true);
		expect(await getLesson(db, 'flood')).toBeUndefined();
		expect(await db.sources.count()).toBe(0);
	});
});

describe('catalog repository', () => {
	it('keeps a lesson the catalog dropped when this device has answers for it', async () => {
		const db = track(freshDb());
		const { catalog, packs } = compiledLibrary();
		const entry = catalog.lessons[0]!;
		const other = { ...entry, id: 'other', hash: 'x' };
		await saveCatalog(db, [entry, other]);
		await savePack(db, entry, packs.get('flood')!.pack);
		await savePack(db, other, {
			...packs.get('flood')!.pack,
			lesson: { ...packs.get('flood')!.pack.lesson, id: 'other' }
		});
		await db.answers.put(answer({ lessonId: 'flood' }));

		await saveCatalog(db, []);
		const rows = await getCatalog(db);
		expect(rows.map((r) => [r.id, r.removed])).toEqual([['flood', true]]);
		expect(await getLesson(db, 'flood')).toBeDefined();
		expect(await getLesson(db, 'other')).toBeUndefined();
	});
});

describe('storage errors', () => {
	it('recognises a quota error directly and wrapped in an AbortError', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(isQuotaError(quota)).toBe(true);
		expect(isQuotaError(new Error('Transaction aborted', { cause: quota }))).toBe(true);
		expect(isQuotaError(new Error('Transaction aborted', { cause: new Error('other') }))).toBe(
			false
		);
		expect(explainStorageError(new Error('aborted', { cause: quota }))).toBeInstanceOf(
			StorageFullError
		);
	});

	it('a full disk during a pack write keeps the previous version intact', async () => {
		const db = track(freshDb());
		const { entry, pack } = compiledLibrary().packs.get('flood')!;
		await savePack(db, entry, pack);
		const before = await getLesson(db, 'flood');

		// the disk fills while the new version's sources are written, after its old ones were deleted
		failWritesTo('sources', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		const changed = { ...pack, hash: 'new-hash' };
		await expect(savePack(db, { ...entry, hash: 'new-hash' }, changed)).rejects.toBeInstanceOf(
			StorageFullError
		);
		expect(await getLesson(db, 'flood')).toEqual(before);
	});

	it('reopens a closed connection and retries once', async () => {
		const db = track(freshDb());
		await db.open();
		db.close();
		let attempts = 0;
		const count = await withReopen(db, () => {
			attempts++;
			return db.lessons.count();
		});
		expect(count).toBe(0);
		expect(attempts).toBe(2);
	});
});
