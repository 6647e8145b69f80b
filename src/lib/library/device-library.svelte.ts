import { getCatalog, getDb, storedHashes } from '$lib/db';
import { liveState } from '$lib/state/live.svelte';

/**
 * The device's catalog and its downloaded lessons' hashes, live, read apart: a download changes
 * only the second. `readStart` is when the catalog's first read began (for the render bench).
 * Call during component setup.
 */
export function deviceLibrary() {
	let readStart = 0;
	const catalog = liveState(() => {
		readStart ||= performance.now();
		return getCatalog(getDb());
	});
	const hashes = liveState(() => storedHashes(getDb()));
	return {
		catalog,
		hashes,
		get readStart() {
			return readStart;
		}
	};
}
