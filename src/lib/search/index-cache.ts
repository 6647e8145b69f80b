// The saved index, in its own database: reopening the app does not rebuild it, and deleting it
// loses nothing (it is rebuilt from the app's database). One record per lesson, so a save writes
// only the lessons that changed, plus the lesson ranking index as one JSON string.
import type { IndexedLesson } from './documents';

export const SEARCH_DB_NAME = 'parallax-search';
const META = 'meta';
const LESSONS = 'lessons';
const META_KEY = 'index';

/** The ranking index (MiniSearch's JSON) and the format it was written in. */
export type SavedMeta = { format: number; index: string };

/** What was saved, unchecked: the index checks it when restoring. */
export type SavedIndex = { meta: SavedMeta; lessons: Map<string, IndexedLesson> };

/** A save: the new ranking index, the lessons added or changed, those removed. */
export type IndexChanges = {
	meta: SavedMeta;
	// everything is in `put`: drop whatever else the database holds
	full: boolean;
	put: Map<string, IndexedLesson>;
	remove: string[];
};

export type IndexCache = {
	load(): Promise<SavedIndex | undefined>;
	save(changes: IndexChanges): Promise<void>;
	close(): void;
};

export function openIndexCache(name = SEARCH_DB_NAME): IndexCache {
	let opening: Promise<IDBDatabase> | undefined;

	function database(): Promise<IDBDatabase> {
		if (opening) return opening;
		const attempt = openDatabase(name).then((db) => {
			// never hold up someone deleting or upgrading this database: reopen on next use
			db.onversionchange = () => {
				db.close();
				if (opening === attempt) opening = undefined;
			};
			return db;
		});
		// a failed open is tried again next time (the error still reaches this caller)
		attempt.catch(() => {
			if (opening === attempt) opening = undefined;
		});
		return (opening = attempt);
	}

	return {
		async load() {
			const tx = (await database()).transaction([META, LESSONS], 'readonly');
			const lessons = tx.objectStore(LESSONS);
			const [meta, keys, values] = await Promise.all([
				requested<SavedMeta | undefined>(tx.objectStore(META).get(META_KEY)),
				requested<IDBValidKey[]>(lessons.getAllKeys()),
				requested<IndexedLesson[]>(lessons.getAll())
			]);
			if (!meta) return undefined;
			// both lists are in key order
			return { meta, lessons: new Map(keys.map((key, i) => [String(key), values[i]!])) };
		},
		async save(changes) {
			const db = await database();
			// relaxed: this is a cache, losing the last save to a power cut only costs a re-index
			const tx = db.transaction([META, LESSONS], 'readwrite', { durability: 'relaxed' });
			const lessons = tx.objectStore(LESSONS);
			if (changes.full) lessons.clear();
			for (const id of changes.remove) lessons.delete(id);
			for (const [id, lesson] of changes.put) lessons.put(lesson, id);
			tx.objectStore(META).put(changes.meta, META_KEY);
			await committed(tx);
		},
		close() {
			void opening?.then((db) => db.close()).catch(() => undefined);
			opening = undefined;
		}
	};
}

function openDatabase(name: string): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new Error('IndexedDB is not available in this browser'));
	}
	const request = indexedDB.open(name, 1);
	request.onupgradeneeded = () => {
		request.result.createObjectStore(META);
		request.result.createObjectStore(LESSONS);
	};
	return requested(request);
}

function requested<T>(request: IDBRequest): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result as T);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
	});
}

function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
	});
}
