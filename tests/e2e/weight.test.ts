import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { open } from './support/app';

// gzipped JavaScript the page requests until the network is idle (code loaded on a tap is not
// counted): the reader issue's budget, held in every interface language (issue 20). Svelte and
// SvelteKit are about 28 KB of it; the database layer is the app's own (src/lib/db/store), since
// Dexie alone was 29 KB and left no room for a page's words
const BUDGET_KB = 80;
const TEACHER_PAGES = ['/teach', '/teach/new'];
const FIRST_VISIT_PAGES = [
	'/',
	'/lessons/khojaly-1992',
	'/progress',
	'/profiles',
	'/settings',
	...TEACHER_PAGES,
	'/assignment',
	// a student scanning the QR code of a typical assignment (four lessons, 200 characters of
	// instructions, a due date): the link's format 2 code loads with the page
	'/a#23128011116967879887430733774214543035992401121455515951388659927951583608733145732295918500844537866511745517737763673618424194269191876396781312712379324775138291264366144866883995323247942432869946201828711965414799963489772648804054892568840588355686236036026794082888192548359759965487627019691178846791185218'
];

// issue 20: a tablet set to each interface language starts in it, and its first visit downloads
// that language's messages (only): the budget holds in each
const DEVICE_LANGUAGES = ['en-US', 'hy-AM', 'az-Latn-AZ', 'ru-RU'];
const visits = FIRST_VISIT_PAGES.flatMap((path) =>
	DEVICE_LANGUAGES.map((device) => ({ path, device }))
);

for (const { path, device } of visits) {
	const [route, link] = path.split('#');
	const visit = `${link ? `${route} with an assignment link` : path}${device === 'en-US' ? '' : ` in ${device}`}`;
	test(`first visit to ${visit} downloads at most ${BUDGET_KB} KB of gzipped JavaScript`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, locale: device });
		const page = await context.newPage();
		const scripts = new Map<string, number>();
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => undefined);
			if (body) scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
		});
		await open(page, path);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('html')).toHaveAttribute('lang', device.split('-')[0] as string);
		const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
		console.log(`${visit}: ${(total / 1024).toFixed(1)} KB gzipped JS in ${scripts.size} file(s)`);
		expect(scripts.size).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(BUDGET_KB * 1024);
		await context.close();
	});
}
