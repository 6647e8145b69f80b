import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../bench-build';
import { type BenchRow, ms } from '../report';
import { syntheticLibrary } from '../synthetic';

/** Bundles the bench's page script with the app's own database code. */
async function importScript(): Promise<string> {
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

/** Catalog import into IndexedDB through saveCatalog + savePack, in the real browser. */
export async function importBench(
	page: Page,
	buildDir: string,
	counts: number[]
): Promise<BenchRow[]> {
	await page.addScriptTag({ content: await importScript() });
	const rows: BenchRow[] = [];
	for (const count of counts) {
		const library = syntheticLibrary(buildDir, count);
		const average = library.packs.reduce((sum, p) => sum + JSON.stringify(p).length, 0) / count;
		const elapsed = await page.evaluate(
			([lib, name]) =>
				(
					globalThis as unknown as {
						parallaxBench: { importCatalog(l: unknown, n: string): Promise<number> };
					}
				).parallaxBench.importCatalog(lib, name),
			[library, `bench-import-${count}`] as const
		);
		rows.push({
			group: `${count} lessons`,
			metric: `catalog import into IndexedDB (packs ≈${(average / 1024).toFixed(1)} KB)`,
			value: ms(elapsed),
			target: count === 1000 ? '≤ 1000 ms' : '',
			ok: count === 1000 ? elapsed <= 1000 : undefined
		});
	}
	return rows;
}
