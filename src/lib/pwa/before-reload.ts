// Work that must reach IndexedDB before the page goes away (pending autosaves, for example).
const flushers = new Set<() => Promise<void>>();

export function onBeforeReload(flush: () => Promise<void>): () => void {
	flushers.add(flush);
	return () => flushers.delete(flush);
}

/** Runs every flusher; a failing one does not stop the others. */
export async function flushBeforeReload(): Promise<void> {
	await Promise.allSettled([...flushers].map((flush) => flush()));
}
