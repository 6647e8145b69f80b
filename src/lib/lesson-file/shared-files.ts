// Lesson files another app shared to Parallax: the service worker keeps them in a cache (see
// src/service-worker/shared-files.ts); the lessons page takes them out, once, to import them.
const SHARED_CACHE = 'parallax-shared-files';

/** The files waiting to be imported, removed from the cache as they are handed over. */
export async function takeSharedFiles(): Promise<File[]> {
	if (!('caches' in window)) return [];
	const cache = await caches.open(SHARED_CACHE);
	const requests = await cache.keys();
	const files: File[] = [];
	for (const request of requests) {
		const response = await cache.match(request);
		if (response) {
			const name = decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? 'shared');
			files.push(new File([await response.blob()], name, { type: 'application/json' }));
		}
		await cache.delete(request);
	}
	return files;
}
