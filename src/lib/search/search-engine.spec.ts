import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LessonPack } from '$lib/content/model';
import { saveCatalog } from '$lib/db/catalog-repo';
import { ParallaxDb } from '$lib/db/database';
import { savePack } from '$lib/db/lessons-repo';
import { compiledLibrary, dropDatabases, freshDb } from '$lib/db/test-factory';
import { openIndexCache, type IndexCache } from './index-cache';
import { INDEX_FORMAT } from './index-options';
import { SearchEngine } from './search-engine';
import type { SearchStatus } from './types';

let counter = 0;
let app: ParallaxDb;
let cacheName: string;
const engines: SearchEngine[] = [];
const caches: IndexCache[] = [];

beforeEach(() => {
	app = freshDb();
	cacheName = `parallax-search-test-${Date.now()}-${counter++}`;
	// the engine's warnings about rebuilding are expected here
	vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(async () => {
	for (const engine of engines.splice(0)) await engine.close();
	for (const cache of caches.splice(0)) cache.close();
	await dropDatabases([app, { name: cacheName, close: () => {} }]);
	vi.restoreAllMocks();
});

/** An engine as the worker makes one: its own connection to the app's database, its own cache. */
function engine(options: { openAppDb?: () => ParallaxDb; cache?: IndexCache } = {}) {
	const statuses: SearchStatus[] = [];
	const cache = options.cache ?? openIndexCache(cacheName);
	caches.push(cache);
	const created = new SearchEngine({
		openAppDb: options.openAppDb ?? (() => new ParallaxDb(app.name)),
		cache,
		onStatus: (status) => statuses.push(status),
		saveDelayMs: 10
	});
	engines.push(created);
	return { engine: created, statuses };
}

const flood = () => compiledLibrary().packs.get('flood')!;

/** The flood lesson rewritten: another title and other words in every paragraph. */
function rewritten(pack: LessonPack): LessonPack {
	return {
		...pack,
		hash: 'rewritten',
		lesson: { ...pack.lesson, title: 'Quokka lesson' },
		sources: pack.sources.map((s) => ({
			...s,
			blocks: [{ ...s.blocks[0]!, text: 'Quokkas crossed the river at dawn.' }]
		}))
	};
}

/** Writes straight into the cache database, as a broken or older app might have left it. */
async function writeCacheMeta(meta: unknown): Promise<void> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(cacheName);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	await new Promise<void>((resolve, reject) => {
		const tx = db.transaction('meta', 'readwrite');
		tx.objectStore('meta').put(meta, 'index');
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

describe('the search engine, kept in step with the device', () => {
	it('finds a lesson the catalog lists but the device has not downloaded', async () => {
		const { entry } = flood();
		await saveCatalog(app, [entry]);
		const { engine: search, statuses } = engine();
		await search.refresh();
		// the clock read before and after the search itself: tookMs is their difference
		const now = vi.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(1012.5);
		const results = await search.search('flood lesson');
		now.mockRestore();
		expect(results.lessons.map((l) => [l.lessonId, l.downloaded])).toEqual([['flood', false]]);
		expect(results.lessons[0]!.hits.map((h) => h.place.kind)).toEqual(['title', 'summary']);
		expect(results.tookMs).toBe(12.5);
		expect(statuses.at(-1)).toEqual({ indexed: 1, total: 1, ready: true });
	});

	it('indexes a lesson once downloaded, and only lessons that changed after that', async () => {
		const { entry, pack } = flood();
		await saveCatalog(app, [entry]);
		const { engine: search } = engine();
		await search.refresh();
		await savePack(app, entry, pack);
		await search.refresh();
		expect(search.indexedSinceStart).toBe(2);
		const results = await search.search('critics blamed the dam');
		const lesson = results.lessons[0]!;
		expect(lesson.downloaded).toBe(true);
		const passage = lesson.hits.find((h) => h.place.kind === 'passage');
		const blockIds = pack.sources.flatMap((s) => s.blocks.map((b) => b.id));
		expect(passage?.place.kind === 'passage' && blockIds.includes(passage.place.blockId)).toBe(
			true
		);
		expect(lesson.hits.some((h) => h.place.kind === 'glossary')).toBe(true);

		await search.refresh();
		expect(search.indexedSinceStart).toBe(2);
	});

	it('replaces a lesson whose hash changed: the old words are gone, the new ones found', async () => {
		const { entry, pack } = flood();
		await saveCatalog(app, [entry]);
		await savePack(app, entry, pack);
		const { engine: search } = engine();
		await search.refresh();
		expect((await search.search('critics')).total).toBe(1);

		await savePack(app, { ...entry, hash: 'rewritten' }, rewritten(pack));
		await search.refresh();
		expect((await search.search('critics')).total).toBe(0);
		const results = await search.search('quokkas');
		expect(results.lessons[0]?.title).toBe('Quokka lesson');
		expect(results.lessons[0]?.hits.map((h) => h.place.kind)).toContain('passage');
	});

	it('drops a lesson that left the catalog and the device', async () => {
		const { entry, pack } = flood();
		await saveCatalog(app, [entry]);
		await savePack(app, entry, pack);
		const { engine: search, statuses } = engine();
		await search.refresh();
		await saveCatalog(app, []);
		await search.refresh();
		expect((await search.search('flood')).total).toBe(0);
		expect(statuses.at(-1)).toEqual({ indexed: 0, total: 0, ready: true });
	});
});

describe('the saved index', () => {
	it('is loaded by the next engine, which then indexes nothing', async () => {
		const { entry, pack } = flood();
		await saveCatalog(app, [entry]);
		await savePack(app, entry, pack);
		const first = engine().engine;
		await first.refresh();
		await first.close();

		const { engine: second, statuses } = engine();
		await second.refresh();
		expect(second.loadedFrom).toBe('cache');
		expect(second.indexedSinceStart).toBe(0);
		expect(statuses[0]).toEqual({ indexed: 1, total: 1, ready: false });
		expect((await second.search('critics')).lessons[0]?.lessonId).toBe('flood');

		// and it carries on from there: one changed lesson is one lesson indexed
		await savePack(app, { ...entry, hash: 'rewritten' }, rewritten(pack));
		await second.refresh();
		expect(second.indexedSinceStart).toBe(1);
	});

	it('is saved after a quiet moment without closing', async () => {
		await saveCatalog(app, [flood().entry]);
		const first = engine().engine;
		await first.refresh();
		await vi.waitFor(async () => expect(await openIndexCache(cacheName).load()).toBeDefined());
	});

	it('is rebuilt when unreadable, and saved again', async () => {
		await saveCatalog(app, [flood().entry]);
		await writeCacheMetaAfterCreate({ format: INDEX_FORMAT, index: '{"documentCount": 3, "ind' });
		const { engine: search } = engine();
		await search.refresh();
		expect(search.loadedFrom).toBe('scratch');
		expect(search.indexedSinceStart).toBe(1);
		expect((await search.search('flood')).total).toBe(1);
		await search.close();

		const again = engine().engine;
		await again.refresh();
		expect(again.loadedFrom).toBe('cache');
		expect(again.indexedSinceStart).toBe(0);
	});

	it('is rebuilt when written in an older format', async () => {
		await saveCatalog(app, [flood().entry]);
		const first = engine().engine;
		await first.refresh();
		await first.close();
		const saved = await openIndexCache(cacheName).load();
		await writeCacheMeta({ ...saved!.meta, format: 0 });

		const { engine: search } = engine();
		await search.refresh();
		expect(search.loadedFrom).toBe('scratch');
		expect(search.indexedSinceStart).toBe(1);
	});

	it('is only a cache: search works in memory when it cannot be read or written', async () => {
		await saveCatalog(app, [flood().entry]);
		const failing: IndexCache = {
			load: () => Promise.reject(new Error('no cache')),
			save: () => Promise.reject(new Error('no cache')),
			close: () => {}
		};
		const { engine: search, statuses } = engine({ cache: failing });
		await search.refresh();
		expect((await search.search('flood')).total).toBe(1);
		expect(statuses.at(-1)?.error).toBeUndefined();
	});
});

describe('failures', () => {
	it('reports an unreadable app database in the status and refuses searches with the reason', async () => {
		const { engine: search, statuses } = engine({
			openAppDb: () => {
				throw new Error('IndexedDB is not available');
			}
		});
		await search.refresh();
		expect(statuses.at(-1)).toMatchObject({
			ready: false,
			error: expect.stringContaining('IndexedDB is not available')
		});
		await expect(search.search('flood')).rejects.toThrow(
			/cannot read the lessons.*IndexedDB is not available/
		);
	});

	it('never blocks an upgrade of the app database or of its own', async () => {
		await saveCatalog(app, [flood().entry]);
		const { engine: search } = engine();
		await search.refresh();
		app.close();
		// another tab with a newer app asks for a higher version of both databases
		for (const name of [app.name, cacheName]) {
			const outcome = await new Promise<string>((resolve) => {
				const request = indexedDB.open(name, 10_000);
				request.onblocked = () => resolve('blocked');
				request.onsuccess = () => {
					request.result.close();
					resolve('upgraded');
				};
				request.onerror = () => resolve(`error: ${request.error?.message}`);
			});
			expect(outcome, name).toBe('upgraded');
		}
	});
});

/** Creates the cache database as the app would, then overwrites its record. */
async function writeCacheMetaAfterCreate(meta: unknown): Promise<void> {
	const cache = openIndexCache(cacheName);
	await cache.load();
	cache.close();
	await writeCacheMeta(meta);
}
