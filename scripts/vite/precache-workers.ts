import type { Plugin } from 'vite';

/**
 * Lists Web Worker bundles among the assets of the chunk that starts them. SvelteKit's service
 * worker precaches what Vite's manifest lists, and Vite leaves workers out of it: without this,
 * the search worker would be missing offline.
 */
export function precacheWorkers(): Plugin {
	return {
		name: 'parallax-precache-workers',
		apply: 'build',
		generateBundle(_options, bundle) {
			const workers = Object.keys(bundle).filter((file) => /\/workers\/[^/]+\.js$/.test(file));
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				for (const worker of workers) {
					if (output.code.includes(worker)) output.viteMetadata?.importedAssets.add(worker);
				}
			}
		}
	};
}
