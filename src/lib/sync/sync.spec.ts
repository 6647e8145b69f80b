import { describe, expect, it } from 'vitest';
import { library, lessonFile, LESSON_YAML } from '$lib/compiler/test-factory';
import { PACK_FORMAT } from '$lib/content/model';
import { getCatalog, getLesson } from '$lib/db';
import { answer, compiledLibrary, failWritesTo, freshDbPerTest } from '$lib/db/test-factory';
import { parsePack, PackError } from './pack-check';
import { lessonsToDownload } from './plan';
import { syncLessons } from './sync';
import { lessonSync } from './sync-manager.svelte';
import { fakeFetch, serve } from './test-fetch';

const db = freshDbPerTest();

const changedLibrary = () =>
	compiledLibrary(
		library({
			lessons: [
				{
					path: 'content/lessons/flood.md',
					text: lessonFile(LESSON_YAML.replace('Flood lesson', 'Flood lesson, revised'))
				}
			]
		})
	);

describe('the hash diff', () => {
	it('downloads lessons that are missing or whose hash changed, and no others', () => {
		const { catalog } = compiledLibrary();
		const entry = catalog.lessons[0]!;
		expect(lessonsToDownload([entry], new Map())).toEqual([entry]);
		expect(lessonsToDownload([entry], new Map([[entry.id, entry.hash]]))).toEqual([]);
		expect(lessonsToDownload([entry], new Map([[entry.id, 'old']]))).toEqual([entry]);
	});
});

describe('syncLessons', () => {
	it('saves the catalog and every pack, then downloads nothing when nothing changed', async () => {
		const database = db();
		const { fetcher, requested } = fakeFetch(serve());
		const first = await syncLessons(database, fetcher);
		expect(first).toEqual({ status: 'done', downloaded: 1, failed: [] });
		expect((await getLesson(database, 'flood'))?.stored.lesson.title).toBe('Flood lesson');
		requested.length = 0;
		expect(await syncLessons(database, fetcher)).toEqual({
			status: 'done',
			downloaded: 0,
			failed: []
		});
		expect(requested).toEqual(['/content/catalog.json']);
	});

	it('downloads only the lesson whose hash changed', async () => {
		const database = db();
		await syncLessons(database, fakeFetch(serve()).fetcher);
		const { fetcher, requested } = fakeFetch(serve(changedLibrary()));
		expect(await syncLessons(database, fetcher)).toMatchObject({ downloaded: 1 });
		expect(requested.filter((url) => url.includes('/packs/'))).toHaveLength(1);
		expect((await getLesson(database, 'flood'))?.stored.lesson.title).toBe('Flood lesson, revised');
	});

	it('reports offline and changes nothing when the catalog cannot be fetched', async () => {
		const database = db();
		const { fetcher } = fakeFetch({ '/content/catalog.json': new TypeError('Failed to fetch') });
		expect(await syncLessons(database, fetcher)).toEqual({ status: 'offline' });
		expect(await getCatalog(database)).toEqual([]);
	});

	it('an interrupted download leaves the previous version intact', async () => {
		const database = db();
		await syncLessons(database, fakeFetch(serve()).fetcher);
		const before = await getLesson(database, 'flood');
		const next = changedLibrary();
		const routes = serve(next);
		const { entry, json } = next.packs.get('flood')!;
		routes[entry.pack] = json.slice(0, json.length / 2);
		const result = await syncLessons(database, fakeFetch(routes).fetcher);
		expect(result).toMatchObject({ status: 'done', downloaded: 0 });
		expect(result.status === 'done' && result.failed[0]?.message).toMatch(/damaged/);
		expect(await getLesson(database, 'flood')).toEqual(before);
	});

	it('a download cut off mid-stream leaves the previous version intact', async () => {
		const database = db();
		await syncLessons(database, fakeFetch(serve()).fetcher);
		const before = await getLesson(database, 'flood');
		const next = changedLibrary();
		const routes = serve(next);
		routes[next.packs.get('flood')!.entry.pack] = async () =>
			new Response(
				new ReadableStream({
					start(controller) {
						controller.enqueue(new TextEncoder().encode('{"format":1,'));
						controller.error(new TypeError('network error'));
					}
				})
			);
		const result = await syncLessons(database, fakeFetch(routes).fetcher);
		expect(result.status === 'done' && result.failed[0]?.message).toMatch(/interrupted/);
		expect(await getLesson(database, 'flood')).toEqual(before);
	});

	it('a full disk stops the sync with a clear message and no partial lesson', async () => {
		const database = db();
		failWritesTo('lessons', new DOMException('quota', 'QuotaExceededError'));
		const result = await syncLessons(database, fakeFetch(serve()).fetcher);
		expect(result).toMatchObject({ status: 'storage-full', downloaded: 0 });
		expect(result.status === 'storage-full' && result.message).toMatch(/out of storage space/);
		expect(await database.sources.count()).toBe(0);
		expect(await getLesson(database, 'flood')).toBeUndefined();
	});

	it('a full disk while saving the catalog stops with the same clear message and saves nothing', async () => {
		const database = db();
		failWritesTo('catalog', new DOMException('quota', 'QuotaExceededError'));
		const result = await syncLessons(database, fakeFetch(serve()).fetcher);
		expect(result).toMatchObject({ status: 'storage-full', downloaded: 0 });
		expect(result.status === 'storage-full' && result.message).toMatch(/out of storage space/);
		expect(await database.catalog.count()).toBe(0);
		expect(await database.lessons.count()).toBe(0);
	});

	it('keeps a lesson with answers when the catalog drops it', async () => {
		const database = db();
		await syncLessons(database, fakeFetch(serve()).fetcher);
		await database.answers.put(answer());
		const empty = { '/content/catalog.json': JSON.stringify({ format: PACK_FORMAT, lessons: [] }) };
		await syncLessons(database, fakeFetch(empty).fetcher);
		expect((await getCatalog(database)).map((r) => r.removed)).toEqual([true]);
		expect(await getLesson(database, 'flood')).toBeDefined();
	});
});

describe('lessonSync (the state the library and the header show)', () => {
	it('ends a run that storage refuses with a phase and words, never left at "checking"', async () => {
		const database = db();
		failWritesTo('catalog', new Error('UnknownError: the backing store failed'));
		const result = await lessonSync.run(database, fakeFetch(serve()).fetcher);
		expect(result.status).toBe('failed');
		expect(lessonSync.phase).toBe('failed');
		expect(lessonSync.message).toMatch(/could not be saved on this device.*Reload the page/);
		expect(lessonSync.message).not.toMatch(/UnknownError|backing store/);
	});

	it('says the disk is full when the catalog cannot be saved for lack of space', async () => {
		const database = db();
		failWritesTo('catalog', new DOMException('quota', 'QuotaExceededError'));
		await lessonSync.run(database, fakeFetch(serve()).fetcher);
		expect(lessonSync.phase).toBe('storage-full');
		expect(lessonSync.message).toMatch(/out of storage space/);
	});

	it('runs again after a failure, and finishes', async () => {
		const result = await lessonSync.run(db(), fakeFetch(serve()).fetcher);
		expect(result.status).toBe('done');
		expect(lessonSync.phase).toBe('done');
		expect(lessonSync.message).toBe('');
	});
});

describe('parsePack', () => {
	it('refuses a pack whose content does not match its hash', async () => {
		const { entry, pack } = compiledLibrary().packs.get('flood')!;
		const altered = JSON.stringify({ ...pack, lesson: { ...pack.lesson, title: 'Tampered' } });
		await expect(parsePack(altered, entry)).rejects.toMatchObject({ reason: 'mismatch' });
		await expect(parsePack('', entry)).rejects.toBeInstanceOf(PackError);
		await expect(parsePack(JSON.stringify({ ...pack, format: 99 }), entry)).rejects.toMatchObject({
			reason: 'newer-format'
		});
		await expect(
			parsePack(compiledLibrary().packs.get('flood')!.json, entry)
		).resolves.toMatchObject({ hash: entry.hash });
	});
});
