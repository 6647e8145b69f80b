import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FLOOR_PAGE, ROOT } from '../bench-build';
import type { PageBench } from '../browser/import-entry';
import { type BenchRow, ms } from '../report';
import { type SyntheticLibrary, syntheticLibrary } from '../synthetic/library';

/** Bundles the bench's page script with the app's own database code. */
export async function importScript(): Promise<string> {
	const result = await build({
		entryPoints: [join(ROOT, 'bench/browser/import-entry.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		alias: { $lib: join(ROOT, 'src/lib') },
		// the .svelte.ts helper is not needed here; keep runes out of the bench bundle
		plugins: [
			{
				name: 'no-live-helper',
				setup(b) {
					b.onResolve({ filter: /live\.svelte$/ }, () => ({ path: 'live', namespace: 'stub' }));
					b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
						contents: 'export const liveState = () => undefined;'
					}));
				}
			}
		]
	});
	return result.outputFiles[0]!.text;
}

export type PageGlobal = { parallaxBench: PageBench };

// packs per page.evaluate: a few MB each
const CHUNK = 500;

/**
 * Hands the page a compiled library: catalog.json and the pack files' texts, read here and sent in
 * chunks. Measured at 10,000 lessons: about 10 s this way, 30 s for the page to fetch the 10,000
 * packs from the bench server itself.
 */
export async function sendLibrary(page: Page, library: SyntheticLibrary): Promise<void> {
	const read = (path: string) => readFileSync(join(library.outDir, '..', path), 'utf8');
	await page.evaluate(
		(json) => (globalThis as unknown as PageGlobal).parallaxBench.begin(json),
		read('content/catalog.json')
	);
	const entries = library.catalog.lessons;
	for (let i = 0; i < entries.length; i += CHUNK) {
		const chunk = `[${entries
			.slice(i, i + CHUNK)
			.map((entry) => read(entry.pack))
			.join(',')}]`;
		await page.evaluate(
			(json) => (globalThis as unknown as PageGlobal).parallaxBench.add(json),
			chunk
		);
	}
}

/**
 * Catalog import into IndexedDB through saveCatalog + savePacks, in the real browser, of the
 * compiled synthetic libraries. Each library is in the page before the timer starts; only the
 * writes are timed.
 */
export async function importBench(
	browser: Browser,
	base: string,
	counts: number[]
): Promise<BenchRow[]> {
	// a plain page of the app's origin: no app code runs beside the import
	const context = await browser.newContext({ baseURL: base });
	const page = await context.newPage();
	const rows: BenchRow[] = [];
	try {
		await page.goto(FLOOR_PAGE);
		await page.addScriptTag({ content: await importScript() });
		for (const count of counts) {
			const library = await syntheticLibrary(count);
			const sent = performance.now();
			await sendLibrary(page, library);
			const sendMs = performance.now() - sent;
			const importMs = await page.evaluate(
				(name) => (globalThis as unknown as PageGlobal).parallaxBench.importCatalog(name),
				`bench-import-${count}`
			);
			console.log(`  ${count} lessons: sent in ${ms(sendMs)}, imported in ${ms(importMs)}`);
			const bytes = library.catalog.lessons.reduce((sum, entry) => sum + entry.bytes, 0);
			rows.push({
				group: `${count} lessons`,
				metric: `catalog import into IndexedDB (packs ≈${(bytes / count / 1024).toFixed(1)} KB, ${(bytes / 1048576).toFixed(1)} MB in all)`,
				value: ms(importMs),
				target: count === 1000 ? '≤ 1000 ms' : '',
				ok: count === 1000 ? importMs <= 1000 : undefined
			});
		}
	} finally {
		await context.close();
	}
	return rows;
}
