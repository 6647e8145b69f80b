import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { messagesByLocale } from './scripts/vite/messages-by-locale';
import { precacheWorkers } from './scripts/vite/precache-workers';

const FRAMEWORK =
	/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env|clsx)\/|src\/lib\/framework\//;

// form bindings are used only by forms that load on demand (questions, settings, profiles)
const NOT_FRAMEWORK = /bindings\/input\.js/;

// the app's own modules every page loads at start (database, sync, profiles, reading settings),
// in one chunk instead of a dozen small ones: each extra chunk costs its imports and a request.
// Picked by folder: the database's top-level files are every page's; its subfolders (teacher/,
// received/, backup/, hand-ins/, …) stay with the pages that use them, whatever a file is named.
const EVERY_PAGE = [
	/src\/lib\/db\/[^/]+\.ts$/,
	// the database's own IndexedDB layer
	/src\/lib\/db\/store\/[^/]+\.ts$/,
	/src\/lib\/sync\/(sync|sync-manager|plan|catalog-source|pack-check)\./,
	/src\/lib\/pwa\/(storage|before-reload|connectivity)\./,
	/src\/lib\/state\/live\./,
	/src\/lib\/profiles\/(current-profile|profile-mark|ProfileMark)\./,
	/src\/lib\/reader\/(source-label|reading-prefs)\./,
	/src\/lib\/(classroom\/received-flag|components\/SafeHtml|content\/schema\/kinds)\./
];

// SvelteKit's root, in the browser, needs only a class wrapper's constructor and $set, not
// svelte/legacy's whole layer (the server renders it with legacy's render, so keeps it)
function classRoot(): Plugin {
	const standIn = fileURLToPath(
		new URL('./src/lib/framework/class-root.svelte.ts', import.meta.url)
	);
	return {
		name: 'parallax-class-root',
		enforce: 'pre',
		resolveId: (id, _importer, options) =>
			id === 'svelte/legacy' && !options?.ssr ? standIn : undefined
	};
}

// the compiled messages ask their runtime only for the language now: src/lib/i18n/runtime.ts
// answers that, in the browser and in prerendering alike
function messagesRuntime(): Plugin {
	const standIn = fileURLToPath(new URL('./src/lib/i18n/runtime.ts', import.meta.url));
	return {
		name: 'parallax-messages-runtime',
		enforce: 'pre',
		resolveId: (id, importer) =>
			id === '../runtime.js' && importer?.includes('/src/lib/paraglide/messages/')
				? standIn
				: undefined
	};
}

export default defineConfig({
	plugins: [
		// the interface's messages (messages/*/<locale>.json) as functions; the language is
		// decided once at start (src/lib/i18n/locale.ts), so only that strategy's code is kept
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['globalVariable', 'baseLocale'],
			isServer: 'import.meta.env.SSR',
			disableAsyncLocalStorage: true,
			outputStructure: 'locale-modules'
		}),
		// a page downloads its areas' messages in its own language only; unit tests keep Paraglide's
		// dispatch instead, to switch language within a test (the plugin's parts are unit-tested)
		...(process.env.VITEST
			? []
			: [
					messagesByLocale({
						outdir: fileURLToPath(new URL('./src/lib/paraglide', import.meta.url)),
						runtime: fileURLToPath(new URL('./src/lib/i18n/runtime.ts', import.meta.url)),
						startChunks: ['app', 'framework']
					})
				]),
		messagesRuntime(),
		sveltekit(),
		precacheWorkers(),
		classRoot()
	],
	build: {
		// terser squeezes a few KB more than esbuild out of the client bundle (weight budget)
		minify: 'terser',
		sourcemap: !!process.env.SM,
		// ES modules throughout: top-level names can be mangled too
		terserOptions: {
			module: true,
			ecma: 2020,
			// unsafe_arrows: anonymous functions that never use `this` become arrows (−140 B on a
			// lesson); only unsafe for a function built with `new` without using `this`, which
			// neither our code nor Svelte does
			compress: { passes: 3, unsafe_arrows: true },
			format: { comments: false }
		},
		// class fields and private members as written (Chrome 94+), not down-levelled to WeakMaps
		target: 'es2022',
		rollupOptions: {
			output: {
				// the framework and Dexie, which every page needs, in one chunk: fewer cross-chunk imports
				// (libraries only some pages use, such as zod for backups, stay in their own chunks)
				manualChunks: (id) => {
					// a chunk of their own: left out of the framework's, Rollup still put them in it
					if (NOT_FRAMEWORK.test(id)) return 'form-bindings';
					if (FRAMEWORK.test(id)) return 'framework';
					if (EVERY_PAGE.some((pattern) => pattern.test(id))) return 'app';
					// an assignment link's first screen: the link, its limits and due dates in one chunk
					// rather than three small ones, each costing its imports
					if (/src\/lib\/classroom\/(link|link-limits|due)\.ts$/.test(id)) return 'link';
					// the comment thread and source dates serve the lesson and its printed worksheet, the
					// tab keys the lesson and the review: in one chunk rather than small shared ones
					if (
						/src\/lib\/(reader\/(dates|CommentThread|reader-state)|components\/tab-keys)\./.test(id)
					) {
						return 'reader';
					}
					// the glossary's one message shared by its list and popover (both load on a tap) goes
					// with GlossaryName, which both load anyway: a chunk of its own would add its name to
					// the lesson page's first visit (what to fetch with each part; that page is at the budget)
					if (
						/src\/lib\/(reader\/GlossaryName\.svelte|paraglide\/messages\/reader_glossary_reference\.js)/.test(
							id
						)
					)
						return 'glossary-name';
					return undefined;
				}
			}
		}
	},
	test: {
		environment: 'node',
		// real IndexedDB semantics in Node for the database tests
		setupFiles: ['fake-indexeddb/auto'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// the compiler parses HTML with jsdom on Node
					setupFiles: ['fake-indexeddb/auto', './src/lib/server/compiler-dom.ts'],
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				// state classes: runes need Svelte's client runtime, where effects run
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'state', environment: 'jsdom', include: ['src/**/*.svelte.spec.ts'] }
			}
		]
	}
});
