import { getDb, onVersionChange } from '$lib/db';
import { appUpdate } from './app-update.svelte';
import { connectivity } from './connectivity.svelte';
import { lessonSync } from '$lib/sync/sync-manager.svelte';

/**
 * Starts the offline machinery once the page is up: the service worker, a lesson sync now and
 * whenever the network returns. Returns the cleanup.
 */
export function startOffline(onDbClosed: () => void): () => void {
	const db = getDb();
	// a sync that cannot fetch the catalog is the sign that the library is out of reach
	const sync = () =>
		void lessonSync.run(db).then((result) => connectivity.report(result.status !== 'offline'));
	// once the page is idle: the first paint of a lesson does not wait behind the catalog check
	const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
	idle(sync, { timeout: 2000 });
	const stopWatching = connectivity.watch(sync);
	const stopVersionChange = onVersionChange(onDbClosed);
	void appUpdate.register();
	return () => {
		stopWatching();
		stopVersionChange();
	};
}
