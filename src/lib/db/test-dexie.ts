// Databases as Dexie made them (every device's until the app's own IndexedDB layer): the
// migration tests start from these, so an upgrade is proven on what devices really hold.
import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from './versions';

/** A Dexie database with the schema of versions 1 to `upTo` (made fresh: no upgrade runs). */
export function dexieAt(name: string, upTo: number): Dexie {
	const db = new Dexie(name);
	for (const { version, stores } of SCHEMA_VERSIONS) {
		if (version <= upTo) db.version(version).stores(stores);
	}
	return db;
}
