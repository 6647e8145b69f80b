// Issue 20: the interface in Armenian, Azerbaijani and Russian, every letter drawn by a bundled
// font (Chromium says which fonts drew a node: CSS.getPlatformFontsForNode), and a script's font
// downloaded only by a page that has its letters.
import { expect, test, type Page } from '@playwright/test';
import { open } from './support/app';

const SCRIPTS = [
	{ locale: 'hy', letters: /[\u0531-\u0587]/u, library: 'Գրադարան' },
	{ locale: 'ru', letters: /[\u0400-\u04ff]/u, library: 'Библиотека' },
	{ locale: 'az', letters: /ə/u, library: 'Kitabxana' }
] as const;

/** The fonts Chromium drew these nodes' text with, and the text. */
async function fontsDrawing(page: Page, selector: string) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
	const fonts = new Map<string, boolean>();
	for (const nodeId of nodeIds) {
		const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		for (const font of used) fonts.set(font.familyName, font.isCustomFont);
	}
	const text = await page.locator(selector).allInnerTexts();
	await cdp.detach();
	return { fonts, text: text.join(' ') };
}

for (const { locale, letters, library } of SCRIPTS) {
	test(`in ${locale}, the interface speaks it, <html lang> says so, and bundled fonts draw every letter`, async ({
		page
	}) => {
		await page.addInitScript((l) => localStorage.setItem('parallax.locale', l), locale);
		await open(page, '/settings');
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('navigation').getByRole('link').first()).toHaveText(library);
		await page.evaluate(() => document.fonts.ready);

		const { fonts, text } = await fontsDrawing(page, 'nav a, #language-heading, .hint');
		expect(text).toMatch(letters);
		expect(Object.fromEntries(fonts)).not.toEqual({});
		for (const [family, bundled] of fonts) expect(bundled, `${family} is a system font`).toBe(true);
	});
}

test('the library in English downloads no font for Armenian or Cyrillic', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fonts.push(request.url());
	});
	await open(page, '/');
	await page.evaluate(() => document.fonts.ready);
	expect(fonts.length).toBeGreaterThan(0);
	expect(fonts.filter((url) => /armenian|cyrillic/.test(url))).toEqual([]);
});
