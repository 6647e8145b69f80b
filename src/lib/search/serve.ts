// Answers the page's messages with a search engine: the worker's whole job, minus the worker.
import { SearchEngine, type EngineOptions } from './search-engine';
import type { FromWorker, ToWorker } from './types';

/** The side of a worker (or a MessagePort, in tests) that the engine talks through. */
export type SearchPort = {
	postMessage(message: FromWorker): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

/** Starts an engine behind `port` and begins indexing; `onClosed` runs after a 'close' message. */
export function serveSearch(
	port: SearchPort,
	options: Omit<EngineOptions, 'onStatus'>,
	onClosed: () => void
): SearchEngine {
	const post = (message: FromWorker) => port.postMessage(message);
	const engine = new SearchEngine({
		...options,
		onStatus: (status) => post({ type: 'status', status })
	});

	async function handle(message: ToWorker): Promise<void> {
		switch (message.type) {
			case 'search':
				try {
					const results = await engine.search(message.query, message.limit);
					post({ type: 'results', id: message.id, results });
				} catch (error) {
					const text = error instanceof Error ? error.message : String(error);
					post({ type: 'search-error', id: message.id, message: text });
				}
				return;
			case 'refresh':
				return engine.refresh();
			case 'close':
				await engine.close();
				return onClosed();
		}
	}

	port.addEventListener('message', (event) => void handle(event.data));
	void engine.refresh();
	return engine;
}
