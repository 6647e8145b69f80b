import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const FRAMEWORK = /node_modules\/(svelte|@sveltejs\/kit|dexie|devalue|esm-env|clsx)\//;

// form bindings are used only by forms that load on demand (questions, settings, profiles)
const NOT_FRAMEWORK = /bindings\/input\.js/;

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		// Dexie's modern ES build instead of its ES5 one (import-wrapper → dist/dexie.js): same API,
		// about 3 KB less gzipped on every first visit. Only this one copy of Dexie is ever loaded.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	build: {
		// terser squeezes a few KB more than esbuild out of the client bundle (weight budget)
		minify: 'terser',
		// ES modules throughout: top-level names can be mangled too
		terserOptions: {
			module: true,
			ecma: 2020,
			compress: { passes: 3 },
			format: { comments: false }
		},
		// class fields and private members as written (Chrome 94+), not down-levelled to WeakMaps
		target: 'es2022',
		rollupOptions: {
			output: {
				// the framework and Dexie, which every page needs, in one chunk: fewer cross-chunk imports
				// (libraries only some pages use, such as zod for backups, stay in their own chunks)
				manualChunks: (id) =>
					FRAMEWORK.test(id) && !NOT_FRAMEWORK.test(id) ? 'framework' : undefined
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// real IndexedDB semantics in Node for the database tests
		setupFiles: ['fake-indexeddb/auto']
	}
});
