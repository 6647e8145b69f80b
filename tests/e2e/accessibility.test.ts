import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './support/app';

const VIEWPORTS = [
	{ width: 1180, height: 820 },
	{ width: 820, height: 1180 },
	{ width: 390, height: 844 }
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
	'/teach/new',
	'/teach/lessons'
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
				// parts that load when opened: on lessons, each sheet over the text (checked open, one
				// at a time) and the questions
				if (path.startsWith('/lessons/')) {
					for (const name of ['About', 'Agree & differ', 'Timeline', 'Glossary']) {
						await page.getByRole('button', { name, exact: true }).click();
						const sheet = page.locator('.sheet:popover-open');
						await expect(sheet.locator('section, details').first()).toBeVisible();
						await page.evaluate(() =>
							document.querySelectorAll('details').forEach((d) => (d.open = true))
						);
						if (name === 'Agree & differ') await expect(sheet.locator('table')).toBeVisible();
						const results = await new AxeBuilder({ page }).include('.sheet:popover-open').analyze();
						const summary = results.violations.map(
							(v) => `${path} ${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`
						);
						expect(summary).toEqual([]);
						await page.keyboard.press('Escape');
						await expect(sheet).toHaveCount(0);
					}
					// the questions sheet is kept open across visits: opened here if it is not yet
					const questions = page.getByRole('button', { name: 'Questions', exact: true });
					if (
						(await questions.isVisible()) &&
						(await questions.getAttribute('aria-expanded')) !== 'true'
					)
						await questions.click();
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
