import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { BenchRow } from '../report';

/** Gzipped JavaScript a first visit to each route downloads (a fresh profile per route). */
export async function weightBench(
	browser: Browser,
	base: string,
	paths: string[]
): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const path of paths) {
		const context = await browser.newContext({ baseURL: base });
		const page = await context.newPage();
		const sizes: Promise<number>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') {
				sizes.push(
					response.body().then(
						(b) => gzipSync(b, { level: 9 }).length,
						() => 0
					)
				);
			}
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		const total = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
		rows.push({
			group: 'weight',
			metric: `first visit to ${path}: gzipped JS (${sizes.length} file${sizes.length === 1 ? '' : 's'})`,
			value: `${(total / 1024).toFixed(1)} KB`,
			target: '≤ 80 KB',
			ok: total <= 80 * 1024
		});
		await context.close();
	}
	return rows;
}
