import { describe, expect, it } from 'vitest';
import { getLesson } from '$lib/db';
import { failWritesTo, freshDbPerTest } from '$lib/db/test-factory';
import { fetchLesson, LessonUnavailable } from './fetch-lesson';
import { fakeFetch, serve } from './test-fetch';

const db = freshDbPerTest();

describe('fetchLesson: a lesson opened before the sync brought it', () => {
	it('finds it in a fresh catalog, checks it and stores it for the next, offline, open', async () => {
		const database = db();
		const pack = await fetchLesson(database, 'flood', fakeFetch(serve()).fetcher);
		expect(pack.lesson.id).toBe('flood');
		expect((await getLesson(database, 'flood'))?.stored.hash).toBe(pack.hash);
	});

	it('says there is no such lesson when the catalog lacks it', async () => {
		const failure = fetchLesson(db(), 'nowhere', fakeFetch(serve()).fetcher);
		await expect(failure).rejects.toBeInstanceOf(LessonUnavailable);
		await expect(failure).rejects.toMatchObject({ status: 404 });
	});

	it('with no network, says the lesson is not on this device yet', async () => {
		const offline = fakeFetch({ '/content/catalog.json': new TypeError('Failed to fetch') });
		const failure = fetchLesson(db(), 'flood', offline.fetcher);
		await expect(failure).rejects.toMatchObject({ status: 503 });
		await expect(failure).rejects.toThrow(/not on this device yet/);
	});

	it('a full disk gives the sync’s words and stores nothing', async () => {
		const database = db();
		failWritesTo('lessons', new DOMException('quota', 'QuotaExceededError'));
		const failure = fetchLesson(database, 'flood', fakeFetch(serve()).fetcher);
		await expect(failure).rejects.toMatchObject({ status: 507 });
		await expect(failure).rejects.toThrow(/out of storage space/);
		expect(await database.sources.count()).toBe(0);
		expect(await getLesson(database, 'flood')).toBeUndefined();
	});
});
