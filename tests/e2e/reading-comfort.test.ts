import { open } from './support/app';
import { expect, test } from '@playwright/test';

const readerFontSize = (page: import('@playwright/test').Page) =>
	page
		.locator('section.source .text')
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('text size, spacing, theme and font persist across a reload', async ({ page }) => {
	await open(page, '/lessons/khojaly-1992');
	const before = await readerFontSize(page);

	await page.getByRole('button', { name: 'Text settings' }).click();
	const panel = page.getByRole('group', { name: 'Text settings' });
	await panel.getByRole('button', { name: 'Larger text' }).click();
	await panel.getByRole('button', { name: 'Larger text' }).click();
	await panel.getByRole('radio', { name: 'Loose' }).check();
	await panel.getByRole('radio', { name: 'Sepia' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
	const larger = await readerFontSize(page);
	expect(larger).toBeGreaterThan(before * 1.2);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
	expect(await readerFontSize(page)).toBeCloseTo(larger, 1);
	await page.getByRole('button', { name: 'Text settings' }).click();
	await expect(page.getByRole('radio', { name: 'Loose' })).toBeChecked();
	// Escape closes the panel and gives focus back to its button
	await page.keyboard.press('Escape');
	await expect(page.getByRole('group', { name: 'Text settings' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Text settings' })).toBeFocused();
});

test('the theme follows the device until one is chosen', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
	const page = await context.newPage();
	await open(page, '/');
	const background = () =>
		page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(await background()).toBe('rgb(21, 22, 24)');
	await page.getByRole('button', { name: 'Text settings' }).click();
	await page.getByRole('radio', { name: 'Light' }).check();
	expect(await background()).toBe('rgb(253, 252, 249)');
	await context.close();
});

test('the reading font is bundled and loads from this site', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fonts.push(new URL(request.url()).host);
	});
	await open(page, '/lessons/khojaly-1992');
	await page.evaluate(() => document.fonts.ready);
	const loaded = await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'));
	expect(loaded).toBe(true);
	expect(new Set(fonts)).toEqual(new Set([new URL(page.url()).host]));
});

test('the settings page and the menu show the same choices at once', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('button', { name: 'Text settings' }).click();
	const menu = page.getByRole('group', { name: 'Text settings' });
	await menu.getByRole('radio', { name: 'Dark' }).check();
	const section = page.getByRole('region', { name: 'Reading' });
	await expect(section.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(menu.getByRole('radio', { name: 'Dark' })).toBeChecked();
});
