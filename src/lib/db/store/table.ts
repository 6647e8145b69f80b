// One table of the database, with the operations the repositories use (Dexie's, by name).
import { Collection, type StoreAccess } from './collection';
import { noteRead } from './live-query';
import { requested } from './requests';
import { valueAt, type StoreSpec } from './schema';
import { noteWrite, type Scope } from './scope';
import { WhereClause } from './where';

export class Table<T, K extends IDBValidKey = IDBValidKey> implements StoreAccess {
	constructor(
		readonly name: string,
		readonly spec: StoreSpec,
		private readonly dbName: string,
		private readonly scope: Scope
	) {}

	read<R>(work: (store: IDBObjectStore) => Promise<R>): Promise<R> {
		noteRead(this.dbName, this.name);
		return this.scope.run([this.name], 'readonly', (tx) => work(tx.objectStore(this.name)));
	}

	write<R>(work: (store: IDBObjectStore) => Promise<R>): Promise<R> {
		return this.scope.run([this.name], 'readwrite', (tx) => {
			noteWrite(tx, this.name);
			return work(tx.objectStore(this.name));
		});
	}

	get(key: K): Promise<T | undefined> {
		return this.read((store) => requested(store.get(key) as IDBRequest<T | undefined>));
	}

	bulkGet(keys: K[]): Promise<(T | undefined)[]> {
		return this.read((store) =>
			Promise.all(keys.map((key) => requested(store.get(key) as IDBRequest<T | undefined>)))
		);
	}

	count(): Promise<number> {
		return this.read((store) => requested(store.count()));
	}

	toArray(): Promise<T[]> {
		return this.read((store) => requested(store.getAll() as IDBRequest<T[]>));
	}

	put(row: T): Promise<K> {
		return this.write((store) => requested(store.put(row) as unknown as IDBRequest<K>));
	}

	bulkPut(rows: T[]): Promise<void> {
		return this.write(async (store) => {
			await Promise.all(rows.map((row) => requested(store.put(row))));
		});
	}

	/** Adds a row; fails with a ConstraintError if one with its key is there. */
	add(row: T): Promise<K> {
		return this.write((store) => requested(store.add(row) as unknown as IDBRequest<K>));
	}

	bulkAdd(rows: T[]): Promise<void> {
		return this.write(async (store) => {
			await Promise.all(rows.map((row) => requested(store.add(row))));
		});
	}

	delete(key: K): Promise<void> {
		return this.write((store) => requested(store.delete(key)));
	}

	bulkDelete(keys: K[]): Promise<void> {
		return this.write(async (store) => {
			await Promise.all(keys.map((key) => requested(store.delete(key))));
		});
	}

	clear(): Promise<void> {
		return this.write((store) => requested(store.clear()));
	}

	/** Changes some fields of the row with this key; resolves with 1, or 0 if there is none. */
	update(key: K, changes: Partial<T>): Promise<number> {
		return this.write(async (store) => {
			const row = await requested(store.get(key) as IDBRequest<T | undefined>);
			if (row === undefined) return 0;
			await requested(store.put({ ...row, ...changes }));
			return 1;
		});
	}

	/** Rows by an index (or the primary key) named as in the schema, or by fields an index covers. */
	where(index: string): WhereClause<T, K>;
	where(fields: Record<string, IDBValidKey>): Collection<T, K>;
	where(by: string | Record<string, IDBValidKey>): WhereClause<T, K> | Collection<T, K> {
		if (typeof by === 'string') return new WhereClause(this, this.indexNamed(by));
		const names = Object.keys(by).sort();
		const index = [this.spec.key, ...this.spec.indexes].find(
			({ keyPath }) => JSON.stringify([keyPath].flat().sort()) === JSON.stringify(names)
		);
		if (!index) throw new Error(`No index of "${this.name}" covers ${names.join(', ')}.`);
		return new WhereClause<T, K>(this, this.indexNamed(index.name)).equals(
			valueAt(by, index.keyPath)
		);
	}

	orderBy(index: string): Collection<T, K> {
		return new Collection(this, { index: this.indexNamed(index) });
	}

	toCollection(): Collection<T, K> {
		return new Collection(this);
	}

	filter(test: (row: T) => boolean): Collection<T, K> {
		return this.toCollection().filter(test);
	}

	each(visit: (row: T) => void): Promise<void> {
		return this.toCollection().each(visit);
	}

	// the primary key is reached through the store itself, not an index
	private indexNamed(name: string): string | undefined {
		if (name === this.spec.key.name) return undefined;
		if (!this.spec.indexes.some((index) => index.name === name)) {
			throw new Error(`"${this.name}" has no index "${name}".`);
		}
		return name;
	}
}
