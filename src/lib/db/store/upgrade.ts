// Bringing a database's tables to a version's schema, inside the upgrade's transaction. The IDB
// version is ten times the schema's, as Dexie numbered it, so every device's database opens as is.
import { parseStore, sameKeyPath, type StoreChanges, type StoreSpec } from './schema';

export const idbVersion = (version: number) => Math.round(version * 10);

function createStore(idb: IDBDatabase, name: string, spec: StoreSpec): void {
	const store = idb.createObjectStore(name, { keyPath: spec.key.keyPath });
	for (const index of spec.indexes) store.createIndex(index.name, index.keyPath);
}

/** A new database: every table as the latest version has it. */
export function createTables(idb: IDBDatabase, schema: Map<string, StoreSpec>): void {
	for (const [name, spec] of schema) {
		if (!idb.objectStoreNames.contains(name)) createStore(idb, name, spec);
	}
}

/**
 * One version's changes: new tables made, indexes added and dropped as its lines say. Returns the
 * tables it deletes, which go only after its upgrade has read them.
 */
export function changeTables(
	idb: IDBDatabase,
	tx: IDBTransaction,
	changes: StoreChanges
): string[] {
	const deleted: string[] = [];
	for (const [name, line] of Object.entries(changes)) {
		if (line === null) {
			if (idb.objectStoreNames.contains(name)) deleted.push(name);
			continue;
		}
		const spec = parseStore(line);
		if (!idb.objectStoreNames.contains(name)) {
			createStore(idb, name, spec);
			continue;
		}
		const store = tx.objectStore(name);
		if (!sameKeyPath(store.keyPath, spec.key.keyPath)) {
			throw new Error(`The primary key of "${name}" cannot change.`);
		}
		const wanted = new Set(spec.indexes.map((index) => index.name));
		for (const index of [...store.indexNames]) if (!wanted.has(index)) store.deleteIndex(index);
		for (const index of spec.indexes) {
			if (!store.indexNames.contains(index.name)) store.createIndex(index.name, index.keyPath);
		}
	}
	return deleted;
}
