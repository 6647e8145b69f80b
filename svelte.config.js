import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// runes everywhere: no legacy component syntax anywhere in the tree
		runes: true,
		// no version beacon (window.__svelte.v) in every page's script: nothing reads it
		discloseVersion: false
	},
	kit: {
		// a static site with an SPA fallback: any static host can serve it, no server of our own
		adapter: adapter({
			// PARALLAX_OUT/PARALLAX_ASSETS let tests build a second version of the app beside the first
			pages: process.env.PARALLAX_OUT ?? 'build',
			assets: process.env.PARALLAX_OUT ?? 'build',
			fallback: '200.html',
			precompress: true
		}),
		files: { assets: process.env.PARALLAX_ASSETS ?? 'static' },
		// styles inline in the HTML: text paints without waiting for stylesheet requests
		inlineStyleThreshold: 50_000,
		// code split per route: each page loads only its own code, and rarely used parts (backup,
		// teacher tools) load when opened. Hydration waits for the first frame (hooks.server.ts), so
		// the number of chunks does not delay the text
		output: { bundleStrategy: 'split' },
		serviceWorker: { register: false },
		// defence in depth for lessons made elsewhere: no inline script but the page's own (hashed
		// again after first-paint.ts rewrites them, in server/csp.ts), no host but this one
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
		// absolute asset paths: the SPA fallback page is served at every depth of URL
		paths: { relative: false },
		typescript: {
			// type-check the Node scripts and config files with the rest of the project
			config: (tsconfig) => {
				tsconfig.include.push(
					'../scripts/**/*.js',
					'../scripts/**/*.ts',
					'../*.js',
					'../*.ts',
					'../bench/**/*.js',
					'../bench/**/*.ts'
				);
			}
		}
	}
};

export default config;
