import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// terser squeezes a few KB more than esbuild out of the client bundle (weight budget)
		minify: 'terser',
		terserOptions: { compress: { passes: 2 }, format: { comments: false } },
		rollupOptions: {
			output: {
				// the framework and Dexie, which every page needs, in one chunk: fewer cross-chunk imports
				manualChunks: (id) =>
					id.includes('node_modules') && !id.includes('workbox') ? 'framework' : undefined
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
