import { createSearchClient, type SearchClient } from './search-client';
import type { SearchResponse, SearchStatus } from './types';

// a page of results at a time: each is cheap to find and to render; more on request
export const RESULTS_PAGE = 10;

/**
 * The library's search as state: the index's progress, the results of what is typed, a page at
 * a time. Searches again as the index grows (so the answer catches up with the lessons indexed)
 * and never lets an older search's answer replace a newer one's. Create during component setup;
 * the worker stops with the component.
 */
export class LibrarySearch {
	status = $state<SearchStatus>();
	results = $state.raw<SearchResponse>();
	failure = $state<string>();
	/** How many lessons are asked for: one page, then more on request. */
	shown = $state(RESULTS_PAGE);
	// the index's progress: a search runs again when it moves, not on every status message
	#progress = $derived(this.status ? `${this.status.indexed}/${this.status.ready}` : '');
	#lastQuery = '';
	#startedAt = 0;
	#arrivedAt = 0;

	/**
	 * `query` is what is typed; `changes` moves whenever lessons arrive or leave, and the index
	 * catches up with them.
	 */
	constructor(
		query: () => string,
		changes: () => unknown,
		client: SearchClient = createSearchClient()
	) {
		$effect(() => client.onStatus((next) => (this.status = next)));
		$effect(() => () => client.dispose());
		$effect(() => {
			changes();
			client.refresh();
		});
		$effect(() => {
			void this.#progress;
			this.#search(client, query().trim());
		});
		$effect(() => this.#measure());
	}

	showMore(): void {
		this.shown += RESULTS_PAGE;
	}

	#search(client: SearchClient, text: string) {
		if (!text) {
			this.results = undefined;
			return;
		}
		// a new query starts from the first page again
		if (text !== this.#lastQuery) this.shown = RESULTS_PAGE;
		this.#lastQuery = text;
		this.#startedAt = performance.now();
		client.search(text, this.shown).then(
			(response) => {
				if (response.stale) return;
				this.#arrivedAt = performance.now();
				this.results = response;
				this.failure = undefined;
			},
			(error: Error) => (this.failure = error.message)
		);
	}

	// for the bench and the browser's performance tools: typing to results on screen
	#measure() {
		const results = this.results;
		if (!results) return;
		performance.measure('parallax:search', {
			start: this.#startedAt,
			detail: {
				query: results.query,
				lessons: results.total,
				workerMs: results.tookMs,
				renderMs: performance.now() - this.#arrivedAt
			}
		});
	}
}
