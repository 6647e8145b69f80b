import { ParallaxDb } from './database';
import { explainStorageError } from './errors';
import { DatabaseClosedError } from './store';

let shared: ParallaxDb | undefined;
// set when a newer version in another tab asked us to close: reopening would only fail
let closedForUpgrade = false;
const versionChangeListeners = new Set<() => void>();

/** The app's one database; opened lazily so pages that never need it never pay for it. */
export function getDb(): ParallaxDb {
	if (!shared) {
		shared = new ParallaxDb();
		// another tab upgraded the schema: the database let it proceed; this tab is asked to reload
		shared.onVersionChange(() => {
			closedForUpgrade = true;
			for (const listener of versionChangeListeners) listener();
		});
	}
	return shared;
}

/** Called when another tab needs this one to close the database (a newer app version). */
export function onVersionChange(listener: () => void): () => void {
	versionChangeListeners.add(listener);
	return () => versionChangeListeners.delete(listener);
}

/**
 * Runs a database operation; if the connection was lost (the browser closed it, e.g. after a
 * storage eviction or a crash in another tab), reopens and tries exactly once more.
 */
export async function withReopen<T>(db: ParallaxDb, operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (!(error instanceof DatabaseClosedError) || closedForUpgrade || db.inTransaction) {
			throw explainStorageError(error);
		}
		try {
			if (!db.isOpen()) await db.open();
			return await operation();
		} catch (retryError) {
			throw explainStorageError(retryError);
		}
	}
}
