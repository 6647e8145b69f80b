import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './support/app';

const VIEWPORTS = [
	{ width: 1180, height: 820 },
	{ width: 820, height: 1180 }
];
const PAGES = [
	'/',
	'/lessons/khojaly-1992',
	'/lessons/execution-video-2022#questions',
	'/settings',
	'/profiles',
	'/progress',
	'/progress/khojaly-1992',
	'/teach',
	'/teach/new'
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of VIEWPORTS) {
		test(`axe finds no violations, ${colorScheme} theme, ${viewport.width}×${viewport.height}`, async ({
			browser,
			baseURL
		}) => {
			test.setTimeout(120_000);
			const context = await browser.newContext({ baseURL, viewport, colorScheme });
			const page = await context.newPage();
			for (const path of PAGES) {
				await open(page, path);
				// open the collapsed parts too, so everything a student can reach is checked
				await page.evaluate(() =>
					document.querySelectorAll('details').forEach((d) => (d.open = true))
				);
				// parts that load when opened: the claims table and, on lessons, the questions
				if (path.startsWith('/lessons/')) {
					await expect(page.locator('details.claims table')).toBeVisible();
					const questions = page.getByRole('button', { name: 'Questions', exact: true });
					if (await questions.isVisible()) await questions.click();
					if (path.endsWith('#questions') || viewport.width > 900)
						await expect(
							page.locator('[data-testid="questions-panel"][data-loaded]')
						).toBeVisible();
				}
				const results = await new AxeBuilder({ page }).analyze();
				const summary = results.violations.map(
					(v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`
				);
				expect(summary).toEqual([]);
			}
			await context.close();
		});
	}
}
