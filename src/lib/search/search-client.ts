// The page's side of search: starts the worker and turns messages into promises and status.
// Kept small and free of MiniSearch and the database, which load only inside the worker.
import { m } from '$lib/paraglide/messages';
import type { FromWorker, SearchResponse, SearchStatus, ToWorker } from './types';

export type SearchClient = {
	/** Best lessons first; `stale` is set when a newer search was sent before this one answered. */
	search(query: string, limit?: number): Promise<SearchResponse>;
	/** Compare the index with the device's lessons again (call after lessons were downloaded). */
	refresh(): void;
	/** Called now with the latest status (if any) and on every change; returns an unsubscribe. */
	onStatus(listener: (status: SearchStatus) => void): () => void;
	/** Lets the worker save its index and stop; pending searches are rejected. */
	dispose(): void;
};

/** What the client needs of a worker (tests pass a MessagePort-backed stand-in). */
export type SearchWorkerLike = {
	postMessage(message: ToWorker): void;
	addEventListener(
		type: 'message' | 'error' | 'messageerror',
		listener: (event: Event) => void
	): void;
	terminate(): void;
};

// after `dispose`, the worker gets this long to save its index before it is stopped anyway
const CLOSE_GRACE_MS = 10_000;

function startSearchWorker(): SearchWorkerLike {
	return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}

export function createSearchClient(
	startWorker: () => SearchWorkerLike = startSearchWorker
): SearchClient {
	const worker = startWorker();
	const pending = new Map<
		number,
		{ resolve: (r: SearchResponse) => void; reject: (e: Error) => void }
	>();
	const listeners = new Set<(status: SearchStatus) => void>();
	let latestId = 0;
	let status: SearchStatus | undefined;
	// set once the worker cannot answer any more: every later search is refused with it
	let broken: Error | undefined;
	let disposed = false;
	// whether the worker ever answered: if not, it failed to load rather than failed later
	let heard = false;

	function setStatus(next: SearchStatus): void {
		status = next;
		for (const listener of listeners) listener(next);
	}

	function breakWith(error: Error): void {
		broken ??= error;
		for (const { reject } of pending.values()) reject(broken);
		pending.clear();
	}

	worker.addEventListener('message', (event) => {
		heard = true;
		const message = (event as MessageEvent<FromWorker>).data;
		// the worker names what failed; the page says it in the interface's language
		if (message.type === 'status') {
			const { error } = message.status;
			return setStatus(
				error === undefined
					? message.status
					: { ...message.status, error: m.library_search_cannot_read({ reason: error }) }
			);
		}
		const waiting = pending.get(message.id);
		pending.delete(message.id);
		if (!waiting) return;
		if (message.type === 'search-error') return waiting.reject(new Error(message.message));
		waiting.resolve({ ...message.results, requestId: message.id, stale: message.id !== latestId });
	});

	worker.addEventListener('error', (event) => {
		// a worker that failed to load or threw outside a message: nothing more will be answered
		const reason = (event as ErrorEvent).message;
		const error = new Error(
			heard
				? reason
					? m.library_search_stopped_reason({ reason })
					: m.library_search_stopped()
				: // most likely opened offline before the search code was saved on this device
					reason
					? m.library_search_not_started_reason({ reason })
					: m.library_search_not_started()
		);
		breakWith(error);
		setStatus({
			indexed: status?.indexed ?? 0,
			total: status?.total ?? 0,
			ready: false,
			error: error.message
		});
	});

	worker.addEventListener('messageerror', () => {
		breakWith(new Error(m.library_search_unreadable()));
	});

	return {
		search(query, limit) {
			if (broken) return Promise.reject(broken);
			const id = ++latestId;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage({ type: 'search', id, query, limit });
			});
		},
		refresh() {
			if (!broken) worker.postMessage({ type: 'refresh' });
		},
		onStatus(listener) {
			listeners.add(listener);
			if (status) listener(status);
			return () => listeners.delete(listener);
		},
		dispose() {
			if (disposed) return;
			disposed = true;
			const failed = broken;
			breakWith(new Error(m.library_search_closed()));
			broken = new Error(m.library_search_closed());
			listeners.clear();
			if (failed) return worker.terminate();
			worker.postMessage({ type: 'close' });
			setTimeout(() => worker.terminate(), CLOSE_GRACE_MS);
		}
	};
}
