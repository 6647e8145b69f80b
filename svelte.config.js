import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// runes everywhere: no legacy component syntax anywhere in the tree
		runes: true
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
		// one script instead of ~20 chunks: a lesson opened offline paints 1.5× the static floor
		// rather than 2× (npm run bench); revisit when the bundle nears the 80 KB gzip budget
		output: { bundleStrategy: 'single' },
		serviceWorker: { register: false },
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
