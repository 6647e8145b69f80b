// Issue 20: axe finds no violation on the translated screens in each interface language (labels,
// names and <html lang> come from the catalogues there, not from the English the tests know).
import { expect, test } from '@playwright/test';
import { open } from './support/app';
import { expectAccessible } from './support/axe';

const DEVICES = { hy: 'hy-AM', az: 'az-Latn-AZ', ru: 'ru-RU' } as const;
const SCREENS = ['/', '/lessons/khojaly-1992', '/progress', '/settings', '/profiles', '/teach'];

for (const [locale, device] of Object.entries(DEVICES)) {
	test(`in ${locale}, axe finds no violation on the library, a lesson with its questions, progress, settings, profiles and teach`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, locale: device });
		const page = await context.newPage();
		for (const path of SCREENS) {
			await open(page, path);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('h1').first()).toBeVisible();
			await expectAccessible(page, `${locale} ${path}`);
		}
		await open(page, '/lessons/khojaly-1992');
		await page.locator('#questions-button').click();
		await expect(page.locator('[data-testid="questions-panel"][data-loaded]')).toBeVisible();
		await expectAccessible(page, `${locale} questions`);
		await context.close();
	});
}
