import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { open } from './support/app';

// the budget from the reader issue, held on every page a first visit can land on: gzipped
// JavaScript the page requests until the network is idle (code loaded on a tap is not counted)
const BUDGET_BYTES = 80 * 1024;
const FIRST_VISIT_PAGES = [
	'/',
	'/lessons/khojaly-1992',
	'/progress',
	'/profiles',
	'/settings',
	'/teach',
	'/teach/new',
	'/assignment'
];

for (const path of FIRST_VISIT_PAGES) {
	test(`first visit to ${path} downloads at most 80 KB of gzipped JavaScript`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		const scripts = new Map<string, number>();
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => undefined);
			if (body) scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
		});
		await open(page, path);
		await page.waitForLoadState('networkidle');
		const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
		console.log(`${path}: ${(total / 1024).toFixed(1)} KB gzipped JS in ${scripts.size} file(s)`);
		expect(scripts.size).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
		await context.close();
	});
}
