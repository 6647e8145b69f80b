/// <reference lib="webworker" />

export const SKIP_WAITING = 'SKIP_WAITING';

/** The page asks the waiting worker to take over only when the user chose to reload. */
export function handleMessage(
	worker: ServiceWorkerGlobalScope,
	event: ExtendableMessageEvent
): void {
	const data = event.data as { type?: string } | null;
	if (data?.type === SKIP_WAITING) void worker.skipWaiting();
}
