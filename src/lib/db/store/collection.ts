// The rows of a table picked by an index (a range, or a list of keys) and filters, as Dexie's
// Collection did: read, counted, changed or deleted together.
import { requested } from './requests';
import { valueAt, type StoreSpec } from './schema';

/** How a collection reaches its table's store: for reading, or for writing. */
export interface StoreAccess {
	readonly spec: StoreSpec;
	read<R>(work: (store: IDBObjectStore) => Promise<R>): Promise<R>;
	write<R>(work: (store: IDBObjectStore) => Promise<R>): Promise<R>;
}

export type Selection = {
	// undefined: the primary key
	index?: string;
	range?: IDBKeyRange;
	// anyOf: each of these keys
	keys?: IDBValidKey[];
};

export class Collection<T, K extends IDBValidKey = IDBValidKey> {
	constructor(
		private readonly table: StoreAccess,
		private readonly selection: Selection = {},
		private readonly filters: ((row: T) => boolean)[] = [],
		private readonly reversed = false
	) {}

	filter(test: (row: T) => boolean): Collection<T, K> {
		return new Collection(this.table, this.selection, [...this.filters, test], this.reversed);
	}

	reverse(): Collection<T, K> {
		return new Collection(this.table, this.selection, this.filters, !this.reversed);
	}

	toArray(): Promise<T[]> {
		return this.table.read((store) => this.rows(store));
	}

	async each(visit: (row: T) => void): Promise<void> {
		for (const row of await this.toArray()) visit(row);
	}

	count(): Promise<number> {
		return this.table.read(async (store) => {
			if (this.filters.length || this.selection.keys) return (await this.rows(store)).length;
			return requested(this.source(store).count(this.selection.range));
		});
	}

	primaryKeys(): Promise<K[]> {
		return this.table.read((store) => this.keys(store));
	}

	/** The distinct values of the index, in order. */
	uniqueKeys(): Promise<IDBValidKey[]> {
		const found: IDBValidKey[] = [];
		return this.table
			.read((store) =>
				this.walkKeys(store, 'nextunique', (cursor) => {
					found.push(cursor.key);
				})
			)
			.then(() => found);
	}

	/** Each index value with its row's primary key, without reading the rows. */
	eachKey(visit: (key: IDBValidKey, cursor: { primaryKey: IDBValidKey }) => void): Promise<void> {
		return this.table.read((store) =>
			this.walkKeys(store, 'next', (cursor) => visit(cursor.key, cursor))
		);
	}

	/** Deletes the rows; resolves with how many. */
	delete(): Promise<number> {
		return this.table.write(async (store) => {
			const keys = await this.keys(store);
			await Promise.all(keys.map((key) => requested(store.delete(key))));
			return keys.length;
		});
	}

	/** Changes each row in place with `change` and writes it back; resolves with how many. */
	modify(change: (row: T) => void): Promise<number> {
		return this.table.write(async (store) => {
			const rows = await this.rows(store);
			for (const row of rows) change(row);
			await Promise.all(rows.map((row) => requested(store.put(row))));
			return rows.length;
		});
	}

	private source(store: IDBObjectStore): IDBObjectStore | IDBIndex {
		return this.selection.index ? store.index(this.selection.index) : store;
	}

	private async rows(store: IDBObjectStore): Promise<T[]> {
		const source = this.source(store);
		const ranges = this.selection.keys
			? sortedUnique(this.selection.keys).map((key) => IDBKeyRange.only(key))
			: [this.selection.range];
		const found = (
			await Promise.all(ranges.map((range) => requested(source.getAll(range) as IDBRequest<T[]>)))
		).flat();
		const kept = found.filter((row) => this.filters.every((test) => test(row)));
		return this.reversed ? kept.reverse() : kept;
	}

	private async keys(store: IDBObjectStore): Promise<K[]> {
		if (this.filters.length || this.selection.keys) {
			const keyPath = this.table.spec.key.keyPath;
			return (await this.rows(store)).map((row) => valueAt(row, keyPath) as K);
		}
		const keys = await requested(this.source(store).getAllKeys(this.selection.range));
		return (this.reversed ? keys.reverse() : keys) as K[];
	}

	private walkKeys(
		store: IDBObjectStore,
		direction: IDBCursorDirection,
		visit: (cursor: IDBCursor) => void
	): Promise<void> {
		const source = this.source(store);
		const request = source.openKeyCursor(this.selection.range, direction);
		return new Promise((resolve, reject) => {
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const cursor = request.result;
				if (!cursor) return resolve();
				visit(cursor);
				cursor.continue();
			};
		});
	}
}

function sortedUnique(keys: IDBValidKey[]): IDBValidKey[] {
	const sorted = [...keys].sort((a, b) => indexedDB.cmp(a, b));
	return sorted.filter((key, i) => i === 0 || indexedDB.cmp(key, sorted[i - 1]!) !== 0);
}
