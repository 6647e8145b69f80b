import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCatalog } from '$lib/db/catalog-repo';
import { ParallaxDb } from '$lib/db/database';
import { compiledLibrary, dropDatabases, freshDb } from '$lib/db/test-factory';
import { openIndexCache } from './index-cache';
import { createSearchClient, type SearchClient, type SearchWorkerLike } from './search-client';
import { serveSearch, type SearchPort } from './serve';
import type { FromWorker, SearchStatus, ToWorker } from './types';

let app: ParallaxDb;
const cacheName = 'parallax-search-client-test';
const cleanup: (() => void)[] = [];

beforeEach(() => {
	app = freshDb();
});

afterEach(async () => {
	for (const fn of cleanup.splice(0)) fn();
	await dropDatabases([app, { name: cacheName, close: () => {} }]);
});

/** A client whose "worker" is the real engine behind a MessageChannel (structured clone and all). */
function clientWithEngine(openAppDb = () => new ParallaxDb(app.name)): SearchClient {
	const channel = new MessageChannel();
	const cache = openIndexCache(cacheName);
	serveSearch(channel.port2 as unknown as SearchPort, { openAppDb, cache }, () =>
		channel.port2.close()
	);
	channel.port2.start();
	channel.port1.start();
	const worker: SearchWorkerLike = {
		postMessage: (message) => channel.port1.postMessage(message),
		addEventListener: (type, listener) => channel.port1.addEventListener(type, listener),
		terminate: () => channel.port1.close()
	};
	const client = createSearchClient(() => worker);
	cleanup.push(() => {
		client.dispose();
		channel.port1.close();
		cache.close();
	});
	return client;
}

/** A stand-in worker that records what it is sent and can fail on demand. */
function fakeWorker() {
	const target = new EventTarget();
	const sent: ToWorker[] = [];
	const worker: SearchWorkerLike & { terminated: boolean } = {
		terminated: false,
		postMessage: (message) => sent.push(message),
		addEventListener: (type, listener) => target.addEventListener(type, listener),
		terminate: () => (worker.terminated = true)
	};
	const fail = (message: string) =>
		target.dispatchEvent(Object.assign(new Event('error'), { message }));
	const say = (data: FromWorker) => target.dispatchEvent(new MessageEvent('message', { data }));
	return { worker, sent, fail, say };
}

function statusUntil(client: SearchClient, done: (s: SearchStatus) => boolean) {
	return new Promise<SearchStatus>((resolve) => {
		const stop = client.onStatus((status) => {
			if (!done(status)) return;
			stop();
			resolve(status);
		});
	});
}

describe('the search client', () => {
	it('reports indexing progress and answers searches with timings', async () => {
		await saveCatalog(app, compiledLibrary().catalog.lessons);
		const client = clientWithEngine();
		const ready = await statusUntil(client, (s) => s.ready);
		expect(ready).toEqual({ indexed: 1, total: 1, ready: true });
		const results = await client.search('flood');
		expect(results.lessons.map((l) => l.lessonId)).toEqual(['flood']);
		expect(results).toMatchObject({ query: 'flood', total: 1, stale: false });
		expect(typeof results.tookMs).toBe('number');
	});

	it('marks an answer stale when a newer search was sent before it arrived', async () => {
		await saveCatalog(app, compiledLibrary().catalog.lessons);
		const client = clientWithEngine();
		const [older, newer] = await Promise.all([client.search('flo'), client.search('flood')]);
		expect(newer.requestId).toBeGreaterThan(older.requestId);
		expect(older.stale).toBe(true);
		expect(newer.stale).toBe(false);
	});

	it('rejects searches with the reason when the lessons cannot be read', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const client = clientWithEngine(() => {
			throw new Error('IndexedDB is not available');
		});
		const failed = await statusUntil(client, (s) => s.error !== undefined);
		expect(failed.error).toMatch(/IndexedDB is not available/);
		await expect(client.search('flood')).rejects.toThrow(/IndexedDB is not available/);
		vi.restoreAllMocks();
	});

	it('rejects what is pending, and all later searches, when the worker fails', async () => {
		const { worker, fail } = fakeWorker();
		const client = createSearchClient(() => worker);
		const statuses: SearchStatus[] = [];
		client.onStatus((s) => statuses.push(s));
		const pending = client.search('flood');
		fail('SyntaxError in search.worker.js');
		await expect(pending).rejects.toThrow(/Search could not start: SyntaxError/);
		await expect(client.search('again')).rejects.toThrow(/Search could not start/);
		expect(statuses.at(-1)).toMatchObject({ ready: false, error: expect.stringMatching(/Reload/) });
		client.dispose();
		expect(worker.terminated).toBe(true);
	});

	it('tells a worker that stopped working from one that never started', async () => {
		const { worker, fail, say } = fakeWorker();
		const client = createSearchClient(() => worker);
		say({ type: 'status', status: { indexed: 3, total: 5, ready: false } });
		const pending = client.search('flood');
		fail('');
		await expect(pending).rejects.toThrow('Search stopped working. Reload the page.');
	});

	it('on dispose, rejects pending searches and lets the worker save and close', async () => {
		const { worker, sent } = fakeWorker();
		const client = createSearchClient(() => worker);
		const pending = client.search('flood');
		client.dispose();
		await expect(pending).rejects.toThrow('Search was closed.');
		await expect(client.search('x')).rejects.toThrow('Search was closed.');
		expect(sent.map((m) => m.type)).toEqual(['search', 'close']);
		expect(worker.terminated).toBe(false);
	});

	it('gives a new listener the latest status, and stops after unsubscribing', async () => {
		await saveCatalog(app, compiledLibrary().catalog.lessons);
		const client = clientWithEngine();
		await statusUntil(client, (s) => s.ready);
		const seen: SearchStatus[] = [];
		const stop = client.onStatus((s) => seen.push(s));
		expect(seen).toEqual([{ indexed: 1, total: 1, ready: true }]);
		stop();
		client.refresh();
		await client.search('flood');
		expect(seen).toHaveLength(1);
	});
});
