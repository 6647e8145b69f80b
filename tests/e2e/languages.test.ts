// Issue 20: the interface in Armenian, Azerbaijani and Russian, every letter drawn by a bundled
// font (Chromium says which fonts drew a node: CSS.getPlatformFontsForNode), and a script's font
// downloaded only by a page that has its letters.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open } from './support/app';
import { oneLessonLink } from './support/assignment-links';
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
		await open(page, '/lessons/khojaly-1992');
		expect(await englishLeft(page, 'shell')).toEqual([]);
		// the questions, with an answer typed (its word count and saved state speak too)
		await page.locator('#questions-button').click();
		const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
		await expect(panel).toBeVisible();
		await panel.locator('textarea').first().fill('Two accounts, two numbers.');
		await expect(panel.locator('textarea').first()).toHaveValue('Two accounts, two numbers.');
		expect(await englishLeft(page, 'shell', 'questions')).toEqual([]);
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

// an area's messages in one language, to find a button by its words
const wordsOf = (area: string, locale: string) =>
	JSON.parse(readFileSync(`messages/${area}/${locale}.json`, 'utf8')) as Record<string, string>;

for (const { locale, device } of SCRIPTS) {
	test(`in ${locale}, a student's assignment speaks it: a link's first screen, a broken link, the assignment page and handing in`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, locale: device });
		const page = await context.newPage();
		const words = wordsOf('classroom', locale);
		// overdue, with the reader comments hidden: every line the page can show about it
		const { link, spec } = await oneLessonLink(page, baseURL!, {
			due: '2020-01-06',
			hideComments: true
		});

		// a link cut off after its format: its refusal, and the page around it
		await open(page, '/a#1');
		await expect(page.getByTestId('link-problem')).toHaveText(words.classroom_link_truncated!);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		expect(await englishLeft(page, 'shell', 'classroom')).toEqual([]);

		// the link's first screen, once the lesson's title has come with the catalog
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
		await expect(page.getByTestId('linked-lesson').locator('strong')).toBeVisible({
			timeout: 15_000
		});
		expect(await englishLeft(page, 'shell', 'classroom')).toEqual([]);

		// added for this reader: the assignment page, where it stands, and handing in
		await page.getByRole('button', { name: words.classroom_add }).click();
		await expect(page).toHaveURL(new RegExp(`/assignments/${spec.id}$`));
		await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
		await expect(page.getByTestId('assignment-status')).not.toBeEmpty();
		expect(await englishLeft(page, 'shell', 'classroom')).toEqual([]);
		// "Me" names no student: the name's problem speaks too
		await page.getByLabel(words.classroom_your_name!).fill('Me');
		await page.getByRole('button', { name: words.classroom_hand_in }).click();
		const problem = words.classroom_name_me!.replace('{name}', 'Me');
		await expect(page.getByRole('alert').filter({ hasText: problem })).toBeVisible();
		expect(await englishLeft(page, 'shell', 'classroom')).toEqual([]);
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
	await open(page, '/a#1');
	await expect(page.getByTestId('link-problem')).toBeVisible();
	expect(await englishLeft(page, 'classroom')).toEqual(
		expect.arrayContaining(['h1: This assignment link cannot be opened', 'a: Go to the library'])
	);
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

	// the other reader keeps English; back to Ani, Armenian again, after a reload too
	await switchProfile(page, 'Me');
	await expect(firstLink).toHaveText('Library');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await switchProfile(page, 'Ani');
	await expect(firstLink).toHaveText('Գրադարան');
	await page.reload();
	await expect(firstLink).toHaveText('Գրադարան');
	await expect(page.getByTestId('language-picker')).toHaveValue('hy');
});
