// Where a table's operations run: in a transaction of their own, or in the one they were called in.
import { DatabaseClosedError } from './errors';
import { noteChanged } from './live-query';
import { abortQuietly, committed } from './requests';

// the tables each transaction wrote to: only they are announced once it commits (a batch that
// wrote nothing, as a sync's batch of failed downloads, re-runs no query)
const written = new WeakMap<IDBTransaction, Set<string>>();

/** Called by every write, in the transaction it writes in. */
export function noteWrite(tx: IDBTransaction, table: string): void {
	const tables = written.get(tx);
	if (tables) tables.add(table);
	else written.set(tx, new Set([table]));
}

export interface Scope {
	/** Runs `work` in a transaction over `tables`; settles once its writes are committed. */
	run<R>(
		tables: string[],
		mode: IDBTransactionMode,
		work: (tx: IDBTransaction) => Promise<R>
	): Promise<R>;
}

/** What a database gives its scope: a connection, and a way to say it was lost. */
export interface Connectable {
	readonly name: string;
	connection(): Promise<IDBDatabase>;
	lost(): void;
}

/** Each operation in a transaction of its own (or a `transaction()` call's). */
export class DatabaseScope implements Scope {
	constructor(private readonly db: Connectable) {}

	async run<R>(
		tables: string[],
		mode: IDBTransactionMode,
		work: (tx: IDBTransaction) => Promise<R>
	): Promise<R> {
		const connection = await this.db.connection();
		let tx: IDBTransaction;
		try {
			// strict: a committed answer is on disk, not in an OS buffer, so a power cut keeps it
			tx = connection.transaction(tables, mode, { durability: 'strict' });
		} catch (error) {
			if ((error as Error).name !== 'InvalidStateError') throw error;
			// the browser or another tab closed the connection under us
			this.db.lost();
			throw new DatabaseClosedError(error);
		}
		const done = committed(tx);
		try {
			const result = await work(tx);
			await done;
			const changed = written.get(tx);
			if (changed) noteChanged(this.db.name, [...changed]);
			return result;
		} catch (error) {
			abortQuietly(tx);
			done.catch(() => undefined);
			throw error;
		}
	}
}

/** Operations inside a transaction already open: they join it (tables it lacks are refused). */
export class TransactionScope implements Scope {
	constructor(readonly tx: IDBTransaction) {}

	run<R>(
		tables: string[],
		mode: IDBTransactionMode,
		work: (tx: IDBTransaction) => Promise<R>
	): Promise<R> {
		const outside = tables.find((table) => !this.tx.objectStoreNames.contains(table));
		if (outside) return Promise.reject(new Error(`Table "${outside}" is not in this transaction.`));
		if (mode === 'readwrite' && this.tx.mode === 'readonly') {
			return Promise.reject(new Error(`A write to "${tables[0]}" in a read-only transaction.`));
		}
		return work(this.tx);
	}
}
