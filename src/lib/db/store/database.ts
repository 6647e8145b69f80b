// A database of tables over IndexedDB: opened on first use, upgraded version by version, its
// operations each in a transaction of their own unless run inside `transaction()`.
import { DatabaseClosedError } from './errors';
import { abortQuietly, requested } from './requests';
import { parseStore, schemaAfter, type StoreChanges, type StoreSpec } from './schema';
import { DatabaseScope, TransactionScope, type Connectable, type Scope } from './scope';
import { Table } from './table';
import { changeTables, createTables, idbVersion } from './upgrade';

/** What an upgrade is given: the tables, inside the upgrade's own transaction. */
export interface UpgradeTables {
	table<T, K extends IDBValidKey = IDBValidKey>(name: string): Table<T, K>;
}

export type SchemaVersion = {
	version: number;
	stores: StoreChanges;
	// carries data forward in the upgrade's transaction: it may await only this database's requests
	upgrade?: (tx: UpgradeTables) => Promise<unknown>;
	// loads what the upgrade needs first: the upgrade's transaction cannot wait for anything else
	prepare?: () => Promise<void>;
};

type Attempt = { opened: IDBDatabase } | { prepare: SchemaVersion[] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of tables of any rows
type AnyTable = Table<any, any>;

export class IdbDatabase implements Connectable, UpgradeTables {
	protected scope: Scope = new DatabaseScope(this);
	private tableCache = new Map<string, AnyTable>();
	private idb: IDBDatabase | undefined;
	private opening: Promise<IDBDatabase> | undefined;
	// closed by the app or by another tab's upgrade: nothing reopens it but open()
	private closed = false;
	private readonly prepared = new Set<number>();
	private readonly versionChangeListeners = new Set<() => void>();
	private readonly latest: Map<string, StoreSpec>;
	// every table any version had, so an upgrade can read one the latest version dropped
	private readonly everyTable = new Map<string, StoreSpec>();

	constructor(
		readonly name: string,
		private readonly versions: SchemaVersion[]
	) {
		this.latest = schemaAfter(versions.map((v) => v.stores));
		for (const { stores } of versions) {
			for (const [table, line] of Object.entries(stores)) {
				if (line !== null) this.everyTable.set(table, parseStore(line));
			}
		}
	}

	/** Every table of the latest schema. */
	get tables(): AnyTable[] {
		return [...this.latest.keys()].map((name) => this.table(name));
	}

	/** The schema version of the database as this code makes it. */
	get verno(): number {
		return this.versions.at(-1)?.version ?? 0;
	}

	table<T, K extends IDBValidKey = IDBValidKey>(name: string): Table<T, K> {
		let table = this.tableCache.get(name);
		if (!table) {
			const spec = this.everyTable.get(name);
			if (!spec) throw new Error(`The database has no table "${name}".`);
			table = new Table<T, K>(name, spec, this.name, this.scope);
			this.tableCache.set(name, table);
		}
		return table as Table<T, K>;
	}

	/**
	 * Runs `work` in one transaction over `tables`: every read sees the same state, and its writes
	 * all happen or (on an error, a full disk) none do. Inside, use the tables of `tx`; `work` may
	 * await only their operations, or IndexedDB ends the transaction early.
	 */
	transaction<R>(
		mode: 'r' | 'rw',
		tables: AnyTable | AnyTable[],
		work: (tx: this) => Promise<R>
	): Promise<R> {
		const names = [tables].flat().map((table) => table.name);
		return this.scope.run(names, mode === 'rw' ? 'readwrite' : 'readonly', (tx) =>
			work(this.within(tx))
		);
	}

	/** True inside `transaction()`: such a view is not reopened or closed itself. */
	get inTransaction(): boolean {
		return this.scope instanceof TransactionScope;
	}

	isOpen(): boolean {
		return this.idb !== undefined;
	}

	async open(): Promise<void> {
		this.closed = false;
		await this.connection();
	}

	close(): void {
		this.closed = true;
		this.idb?.close();
		this.idb = undefined;
	}

	/** Closes and deletes the whole database. */
	async delete(): Promise<void> {
		this.close();
		await requested(indexedDB.deleteDatabase(this.name));
	}

	/** Called when another tab needs this connection closed for an upgrade (after it closed). */
	onVersionChange(listener: () => void): () => void {
		this.versionChangeListeners.add(listener);
		return () => this.versionChangeListeners.delete(listener);
	}

	connection(): Promise<IDBDatabase> {
		if (this.idb) return Promise.resolve(this.idb);
		if (this.closed) return Promise.reject(new DatabaseClosedError());
		this.opening ??= this.connect().finally(() => {
			this.opening = undefined;
		});
		return this.opening;
	}

	lost(): void {
		this.idb = undefined;
	}

	// the same database seen from inside a transaction: its tables join that transaction
	private within(tx: IDBTransaction): this {
		if (this.inTransaction) return this;
		const view = Object.create(this) as this;
		view.scope = new TransactionScope(tx);
		view.tableCache = new Map();
		return view;
	}

	private async connect(): Promise<IDBDatabase> {
		for (;;) {
			const attempt = await this.attempt();
			if ('opened' in attempt) return this.adopt(attempt.opened);
			// an upgrade's code was not loaded: load it, then open again
			for (const version of attempt.prepare) {
				await version.prepare?.();
				this.prepared.add(version.version);
			}
		}
	}

	private adopt(idb: IDBDatabase): IDBDatabase {
		if (this.closed) {
			idb.close();
			throw new DatabaseClosedError();
		}
		idb.onversionchange = () => {
			// let the other tab's upgrade proceed; this tab's page is told, to reload
			this.close();
			for (const listener of this.versionChangeListeners) listener();
		};
		idb.onclose = () => {
			// the browser closed it (storage cleared, a crash): the next operation reopens
			if (this.idb === idb) this.idb = undefined;
		};
		this.idb = idb;
		return idb;
	}

	private attempt(): Promise<Attempt> {
		return new Promise((resolve, reject) => {
			const request = indexedDB.open(this.name, idbVersion(this.verno));
			let unprepared: SchemaVersion[] = [];
			let failure: unknown;
			request.onupgradeneeded = (event) => {
				const idb = request.result;
				const tx = request.transaction!;
				const from = event.oldVersion / 10;
				// a new database is made as the latest version has it: no upgrade runs
				if (from < 1) return createTables(idb, this.latest);
				const steps = this.versions.filter((v) => v.version > from);
				unprepared = steps.filter((v) => v.prepare && !this.prepared.has(v.version));
				if (unprepared.length) return abortQuietly(tx);
				this.upgrade(idb, tx, steps).catch((error: unknown) => {
					failure = error;
					abortQuietly(tx);
				});
			};
			request.onsuccess = () => resolve({ opened: request.result });
			request.onerror = (event) => {
				event.preventDefault();
				if (unprepared.length) resolve({ prepare: unprepared });
				// a newer version of the app upgraded it: open it as it is, if it has every table
				else if (request.error?.name === 'VersionError') this.openAsIs().then(resolve, reject);
				else reject(failure ?? request.error);
			};
		});
	}

	private async upgrade(idb: IDBDatabase, tx: IDBTransaction, steps: SchemaVersion[]) {
		const tables = this.within(tx);
		for (const step of steps) {
			const deleted = changeTables(idb, tx, step.stores);
			if (step.upgrade) await step.upgrade(tables);
			for (const name of deleted) idb.deleteObjectStore(name);
		}
	}

	private openAsIs(): Promise<Attempt> {
		return new Promise((resolve, reject) => {
			const request = indexedDB.open(this.name);
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const idb = request.result;
				const missing = [...this.latest.keys()].find((t) => !idb.objectStoreNames.contains(t));
				if (!missing) return resolve({ opened: idb });
				idb.close();
				reject(new Error(`The database on this device has no table "${missing}".`));
			};
		});
	}
}
