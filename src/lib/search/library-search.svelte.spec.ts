import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { SearchClient } from './search-client';
import { LibrarySearch, RESULTS_PAGE } from './library-search.svelte';
import type { SearchResponse, SearchStatus } from './types';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A search client whose answers the test gives by hand, recording what it was asked. */
function scriptedClient() {
	const asked: { query: string; limit?: number; answer: (r: Partial<SearchResponse>) => void }[] =
		[];
	let listener: ((status: SearchStatus) => void) | undefined;
	const calls = { refresh: 0, dispose: 0 };
	const client: SearchClient = {
		search: (query, limit) =>
			new Promise((resolve) =>
				asked.push({
					query,
					limit,
					answer: (r) =>
						resolve({
							query,
							lessons: [],
							total: 0,
							tookMs: 1,
							requestId: asked.length,
							stale: false,
							...r
						})
				})
			),
		refresh: () => void calls.refresh++,
		onStatus: (next) => {
			listener = next;
			return () => (listener = undefined);
		},
		dispose: () => void calls.dispose++
	};
	const status = (s: Partial<SearchStatus>) =>
		listener?.({ indexed: 0, total: 5, ready: false, ...s } as SearchStatus);
	return { client, asked, calls, status };
}

function start(query: () => string, changes: () => unknown = () => 0) {
	const scripted = scriptedClient();
	let search!: LibrarySearch;
	const stop = $effect.root(() => {
		search = new LibrarySearch(query, changes, scripted.client);
	});
	flushSync();
	return { ...scripted, search: () => search, stop };
}

describe('LibrarySearch', () => {
	it('searches what is typed, a page at a time, and shows the answer', async () => {
		let query = $state('');
		const s = start(() => query);
		expect(s.asked).toHaveLength(0);
		query = 'ceasefire';
		flushSync();
		expect(s.asked.map((a) => [a.query, a.limit])).toEqual([['ceasefire', RESULTS_PAGE]]);
		s.asked[0]!.answer({ total: 3 });
		await settle();
		expect(s.search().results?.total).toBe(3);
		s.stop();
	});

	it('asks for the next page on request, and starts from the first for a new query', () => {
		let query = $state('ceasefire');
		const s = start(() => query);
		s.search().showMore();
		flushSync();
		expect(s.asked.at(-1)?.limit).toBe(2 * RESULTS_PAGE);
		query = 'corridor';
		flushSync();
		expect(s.asked.at(-1)).toMatchObject({ query: 'corridor', limit: RESULTS_PAGE });
		s.stop();
	});

	it('never lets a stale answer replace a newer one', async () => {
		let query = $state('a');
		const s = start(() => query);
		query = 'ab';
		flushSync();
		s.asked[1]!.answer({ total: 2 });
		await settle();
		s.asked[0]!.answer({ total: 9, stale: true });
		await settle();
		expect(s.search().results?.query).toBe('ab');
		expect(s.search().results?.total).toBe(2);
		s.stop();
	});

	it('searches again as the index grows, not on a status that says nothing new', () => {
		const s = start(() => 'ceasefire');
		expect(s.asked).toHaveLength(1);
		s.status({ indexed: 2 });
		flushSync();
		expect(s.asked).toHaveLength(2);
		s.status({ indexed: 2 });
		flushSync();
		expect(s.asked).toHaveLength(2);
		s.status({ indexed: 5, ready: true });
		flushSync();
		expect(s.asked).toHaveLength(3);
		s.stop();
	});

	it('clears the results when the box is emptied, and says why a search failed', async () => {
		let query = $state('ceasefire');
		const s = start(() => query);
		s.asked[0]!.answer({ total: 1 });
		await settle();
		query = '  ';
		flushSync();
		expect(s.search().results).toBeUndefined();
		s.client.search = () => Promise.reject(new Error('the search worker stopped'));
		query = 'corridor';
		flushSync();
		await settle();
		expect(s.search().failure).toBe('the search worker stopped');
		s.stop();
	});

	it('refreshes the index when lessons change, and stops the worker with the page', () => {
		let changes = $state(1);
		const s = start(
			() => '',
			() => changes
		);
		const before = s.calls.refresh;
		changes = 2;
		flushSync();
		expect(s.calls.refresh).toBe(before + 1);
		expect(s.calls.dispose).toBe(0);
		s.stop();
		expect(s.calls.dispose).toBe(1);
	});
});
