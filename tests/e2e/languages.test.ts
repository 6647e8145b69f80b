// Issue 20: the interface in Armenian, Azerbaijani and Russian, every letter drawn by a bundled
// font (Chromium says which fonts drew a node: CSS.getPlatformFontsForNode), and a script's font
// downloaded only by a page that has its letters.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open } from './support/app';
import { addProfile, switchProfile } from './support/questions';

const SCRIPTS = [
	{ locale: 'hy', device: 'hy-AM', letters: /[\u0531-\u0587]/u, library: 'Գրադարան' },
	{ locale: 'ru', device: 'ru-RU', letters: /[\u0400-\u04ff]/u, library: 'Библиотека' },
	{ locale: 'az', device: 'az-Latn-AZ', letters: /ə/u, library: 'Kitabxana' }
] as const;

// each area's English messages with no placeholder: in another language, none of an area that a
// screen is translated in may be on it (areas not yet translated share some words, e.g. "Glossary")
const englishOf = (...areas: string[]) =>
	areas.flatMap((area) =>
		Object.entries(
			JSON.parse(readFileSync(`messages/${area}/en.json`, 'utf8')) as Record<string, unknown>
		)
			.filter(([key, text]) => key !== '$schema' && typeof text === 'string' && !text.includes('{'))
			.map(([, text]) => text as string)
	);

/** Elements whose whole text, or label, is an English message of these areas. */
function englishLeft(page: Page, ...areas: string[]): Promise<string[]> {
	return page.evaluate(
		(english) => {
			const messages = new Set(english);
			const found: string[] = [];
			for (const element of document.body.querySelectorAll('*')) {
				const own = [...element.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join('')
					.trim();
				for (const text of [own, element.getAttribute('aria-label') ?? '']) {
					if (messages.has(text)) found.push(`${element.tagName.toLowerCase()}: ${text}`);
				}
			}
			return found;
		},
		englishOf(...areas)
	);
}

/** Issue 20, point 6: the interface says, in its own language, that the lessons are in English. */
async function expectEnglishOnlyNote(page: Page, key: string) {
	const english = (
		JSON.parse(readFileSync('messages/' + key.split('_')[0] + '/en.json', 'utf8')) as Record<
			string,
			string
		>
	)[key]!;
	const note = page.getByRole('note').filter({ hasText: /\S/ }).first();
	await expect(note).toBeVisible();
	await expect(note).not.toHaveText(english);
	expect(await note.textContent()).not.toMatch(/English/);
}

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

for (const { locale, device, letters, library } of SCRIPTS) {
	test(`in ${locale}, the interface speaks it (no English message left), <html lang> says so, and bundled fonts draw every letter`, async ({
		browser,
		baseURL
	}) => {
		// a tablet set to that language, on its first start
		const context = await browser.newContext({ baseURL, locale: device });
		const page = await context.newPage();
		await open(page, '/settings');
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('navigation').getByRole('link').first()).toHaveText(library);
		await page.evaluate(() => document.fonts.ready);

		expect(await englishLeft(page, 'shell')).toEqual([]);

		// the library: its cards with their download state, and a search with its results
		await open(page, '/');
		await expect(page.getByTestId('lesson-state').first()).toBeVisible({ timeout: 20_000 });
		expect(await englishLeft(page, 'shell', 'library')).toEqual([]);
		await expectEnglishOnlyNote(page, 'library_english_only');
		await page.locator('#library-search').fill('ceasefire');
		await expect(page.getByTestId('search-hit').first()).toBeVisible({ timeout: 20_000 });
		expect(await englishLeft(page, 'shell', 'library')).toEqual([]);

		// a lesson, and its About sheet open
		await open(page, '/lessons/khojaly-1992');
		expect(await englishLeft(page, 'shell', 'lesson')).toEqual([]);
		await expectEnglishOnlyNote(page, 'lesson_english_only');
		await page.locator('.tools [popovertarget="sheet-about"]').click();
		await expect(page.locator('#sheet-about')).toBeVisible();
		expect(await englishLeft(page, 'shell', 'lesson')).toEqual([]);
		await page.keyboard.press('Escape');
		// the questions, with an answer typed (its word count and saved state speak too)
		await page.locator('#questions-button').click();
		const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
		await expect(panel).toBeVisible();
		await panel.locator('textarea').first().fill('Two accounts, two numbers.');
		await expect(panel.locator('textarea').first()).toHaveValue('Two accounts, two numbers.');
		expect(await englishLeft(page, 'shell', 'lesson', 'questions')).toEqual([]);
		// progress, and this lesson's work and worksheet
		for (const path of [
			'/progress',
			'/progress/khojaly-1992',
			'/progress/khojaly-1992?sheet=worksheet'
		]) {
			await open(page, path);
			await expect(page.locator('h1')).toBeVisible();
			expect(await englishLeft(page, 'shell', 'progress'), path).toEqual([]);
		}
		await open(page, '/settings');

		const { fonts, text } = await fontsDrawing(page, 'nav a, #language-heading, .hint');
		expect(text).toMatch(letters);
		expect(Object.fromEntries(fonts)).not.toEqual({});
		for (const [family, bundled] of fonts) expect(bundled, `${family} is a system font`).toBe(true);
		await context.close();
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

test('in English, the catalogue check sees the English messages it looks for', async ({ page }) => {
	await open(page, '/settings');
	expect(englishOf('shell', 'questions', 'progress').length).toBeGreaterThan(50);
	expect(await englishLeft(page, 'shell')).toEqual(
		expect.arrayContaining(['a: Library', 'h2: Language'])
	);
	await open(page, '/');
	expect(await englishLeft(page, 'library')).toEqual(
		expect.arrayContaining(['h1: Library', 'h2: All lessons'])
	);
	await open(page, '/lessons/khojaly-1992');
	expect(await englishLeft(page, 'lesson')).toEqual(expect.arrayContaining(['button: About']));
	// lessons and interface speak one language: no note says the lesson is in English
	await expect(page.getByRole('note')).toHaveCount(0);
});

test('two readers on one tablet each keep their own language', async ({ page }) => {
	await open(page, '/profiles');
	await addProfile(page, 'Ani');
	await switchProfile(page, 'Ani');
	await open(page, '/settings');
	await page.getByTestId('language-picker').selectOption('hy');
	const firstLink = page.getByRole('navigation').getByRole('link').first();
	await expect(firstLink).toHaveText('Գրադարան');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hy');

	// the other reader keeps English (the dialog that asks is in Armenian now: found by its role,
	// not its English name); back to Ani, Armenian again, after a reload too
	await page.getByTestId('current-profile').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Me', exact: true }).click();
	await expect(firstLink).toHaveText('Library');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await switchProfile(page, 'Ani');
	await expect(firstLink).toHaveText('Գրադարան');
	await page.reload();
	await expect(firstLink).toHaveText('Գրադարան');
	await expect(page.getByTestId('language-picker')).toHaveValue('hy');
});
