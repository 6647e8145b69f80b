import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const DB_MESSAGE =
	'Components and routes go through the state layer (a feature’s *.svelte.ts module), not the database.';
export default ts.config(
	{
		ignores: [
			// compiled from messages/ by Paraglide (npm run i18n), not written here
			'src/lib/paraglide/',
			'build/',
			'.tmp/',
			'.svelte-kit/',
			'static/content/',
			'test-results/',
			'playwright-report/',
			'bench/.work/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			// IndexedDB and service-worker code is nearly all promises: a forgotten await loses data
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// the data flows one way: only the database folder talks to IndexedDB, and build-time code
		// (the content compiler, node:fs) never reaches the browser's bundle
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: [
			'src/lib/db/**',
			'src/lib/server/**',
			'src/hooks.server.ts',
			'**/*.spec.ts',
			'**/test-*.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'dexie', message: 'The app stores through $lib/db; Dexie is for tests only.' }
					],
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*', '**/lib/server/*'],
							message:
								'Build-time code (node:fs, jsdom) stays out of the client: $lib/server is for the build.'
						},
						{
							// the compiler runs in the browser too (teachers' lessons, lesson files)
							group: ['jsdom', 'node:*'],
							message:
								'Node-only modules stay in $lib/server; the compiler is shared with the browser.'
						}
					]
				}
			]
		}
	},
	{
		// Dexie made the databases devices hold, so the migration tests make them with it; the
		// app's own layer (src/lib/db/store) replaced it, to keep 29 KB off every first visit
		files: ['src/lib/db/**/*.ts'],
		ignores: ['**/*.spec.ts', '**/test-*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'dexie', message: 'Dexie is for the migration tests only.' }] }
			]
		}
	},
	{
		// the compiler runs in the browser too: no Node globals (imports are held above)
		files: ['src/lib/compiler/**/*.ts'],
		ignores: ['**/*.spec.ts', '**/test-*.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				...['Buffer', 'process', 'setImmediate', 'require', '__dirname', 'global'].map((name) => ({
					name,
					message: 'The compiler also runs in the browser: use a web API instead.'
				}))
			]
		}
	},
	{
		// components and routes read and write through the state layer (*.svelte.ts modules), never
		// the database itself; its types they may import
		files: ['src/**/*.svelte', 'src/routes/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					// the words for a storage failure are for everyone to show
					paths: [
						{
							name: '$lib/db',
							allowTypeImports: true,
							allowImportNames: ['explainStorageError', 'StorageFullError'],
							message: DB_MESSAGE
						}
					],
					patterns: [{ group: ['$lib/db/*'], allowTypeImports: true, message: DB_MESSAGE }]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	}
);
