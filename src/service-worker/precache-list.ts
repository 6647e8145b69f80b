import { build, files, prerendered, version } from '$service-worker';

export const FALLBACK_PAGE = '/200.html';

// packs go to IndexedDB through the app, not into the cache: keep them out of the app shell
const NOT_IN_SHELL = [/^\/content\/packs\//, /\.(br|gz)$/];

/**
 * The app shell: every hashed build asset (their names change when they do), and the static
 * files, prerendered pages and fallback page, revisioned by the build's version.
 */
export function precacheEntries(): { url: string; revision: string | null }[] {
	const hashed = build.map((url) => ({ url, revision: null }));
	const versioned = [...files, ...prerendered, FALLBACK_PAGE]
		.filter((url) => !NOT_IN_SHELL.some((pattern) => pattern.test(url)))
		.map((url) => ({ url, revision: version }));
	return [...hashed, ...versioned];
}
