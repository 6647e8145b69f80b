// Queries that run again when what they read changes, in this tab or another (as Dexie's
// liveQuery did). A query depends on every table read while it runs: reads by other code in
// that time count too, which can only make it run more often, never miss a change.

type Observer<T> = { next: (value: T) => void; error: (cause: unknown) => void };
type Listener = (changed: readonly string[]) => void;

// the dependency sets of the queries running now
const running = new Set<Set<string>>();
const listeners = new Set<Listener>();
const CHANNEL = 'parallax-db-changes';
let channel: BroadcastChannel | undefined;

const tableId = (db: string, table: string) => `${db}/${table}`;

/** Called by every read: the queries running now depend on this table. */
export function noteRead(db: string, table: string): void {
	for (const dependencies of running) dependencies.add(tableId(db, table));
}

/** Called once a write committed: queries that read these tables run again, here and in other tabs. */
export function noteChanged(db: string, tables: readonly string[]): void {
	const changed = tables.map((table) => tableId(db, table));
	for (const listener of listeners) listener(changed);
	if (typeof BroadcastChannel === 'undefined') return;
	// sent through the channel this tab listens on, if any: a channel never hears its own messages
	const sender = channel ?? new BroadcastChannel(CHANNEL);
	sender.postMessage(changed);
	if (sender !== channel) sender.close();
}

// other tabs' writes are heard only while some query is live, so an idle page holds no channel
function listen(listener: Listener): () => void {
	listeners.add(listener);
	if (!channel && typeof BroadcastChannel !== 'undefined') {
		channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (event: MessageEvent<string[]>) => {
			for (const each of listeners) each(event.data);
		};
	}
	return () => {
		listeners.delete(listener);
		if (listeners.size === 0) {
			channel?.close();
			channel = undefined;
		}
	};
}

// live queries run one at a time: what is read while one runs is then its own reading (or the
// page's one-off reads), not another live query's, so a write re-runs only the queries it concerns
let turn: Promise<void> = Promise.resolve();
function inTurn(work: () => Promise<void>): void {
	turn = turn.then(work, work);
}

/** A query whose subscribers get its result now and again after every change to what it read. */
export function liveQuery<T>(query: () => Promise<T>) {
	return {
		subscribe(observer: Observer<T>): { unsubscribe(): void } {
			let closed = false;
			let waiting = false;
			let inFlight = false;
			let dependencies = new Set<string>();
			const runOnce = async () => {
				waiting = false;
				if (closed) return;
				inFlight = true;
				const reads = new Set<string>();
				running.add(reads);
				let outcome: { value: T } | { error: unknown };
				try {
					outcome = { value: await query() };
				} catch (error) {
					outcome = { error };
				}
				running.delete(reads);
				inFlight = false;
				dependencies = reads;
				if (closed) return;
				// every answer is passed on, even one a change made stale: the next run follows it
				if ('value' in outcome) observer.next(outcome.value);
				else observer.error(outcome.error);
			};
			const schedule = () => {
				// one run waiting its turn is enough: it reads after the change
				if (waiting) return;
				waiting = true;
				inTurn(runOnce);
			};
			const stop = listen((changed) => {
				// a change while it runs may concern what it has yet to read
				if (inFlight || changed.some((table) => dependencies.has(table))) schedule();
			});
			// started a tick later, as Dexie did: what the query reads is not tracked by the caller
			schedule();
			return {
				unsubscribe() {
					closed = true;
					stop();
				}
			};
		}
	};
}
