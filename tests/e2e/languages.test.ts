// Issue 20: the interface in Armenian, Azerbaijani and Russian, every letter drawn by a bundled
// font (Chromium says which fonts drew a node: CSS.getPlatformFontsForNode), and a script's font
// downloaded only by a page that has its letters.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open } from './support/app';
import { oneLessonLink } from './support/assignment-links';
import { addProfile, expectSaved, openQuestions, switchProfile } from './support/questions';

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

/** Switches reader from a page in any language ("Who's reading?" is named in the reader's). */
async function switchReader(page: Page, name: string): Promise<void> {
	await page.getByTestId('current-profile').click();
	await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
	await expect(page.getByTestId('current-profile')).toContainText(name);
}

/** The interface's language for the profile reading now, chosen in Settings (the page reloads in it). */
async function chooseLanguage(page: Page, locale: string): Promise<void> {
	await open(page, '/settings');
	await page.getByTestId('language-picker').selectOption(locale);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** An area's messages in a language, to find buttons and tabs by the names they have there. */
const wordsOf = (area: string, locale: string) =>
	JSON.parse(readFileSync(`messages/${area}/${locale}.json`, 'utf8')) as Record<string, string>;

/** The teacher's own assignment of one lesson, handed in on the same tablet and imported; in English
 * (the words of the pages it goes through are other areas'). Returns the assignment's id. */
async function reviewWithOneHandIn(page: Page): Promise<string> {
	await chooseLanguage(page, 'en');
	await open(page, '/teach/new');
	await page.getByLabel('Title').fill('Two accounts');
	await page.getByTestId('include-khojaly-1992').check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Two accounts' })).toBeVisible();
	const link = await page.getByTestId('assignment-link').inputValue();
	const id = new URL(page.url()).pathname.split('/').pop()!;
	await page.goto(link);
	await page.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(page.getByTestId('assignment-status')).toBeVisible();
	const panel = await openQuestions(page, 'khojaly-1992');
	await panel.locator('textarea').first().fill('Two accounts, two numbers.');
	await expectSaved(panel);
	await open(page, `/assignments/${id}`);
	await page.getByLabel('Your name').fill('Ani');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Hand in/ }).click();
	const file = await download;
	await open(page, `/teach/${id}`);
	await page.getByTestId('import-hand-ins').setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: readFileSync((await file.path())!)
	});
	await expect(page.getByTestId('import-line')).toHaveAttribute('data-outcome', 'imported');
	return id;
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

/** Visible text and names outside content (another `lang`) with an English lowercase word: prose the
 * catalogue does not hold (it was never put in), which `englishLeft` cannot see. For Armenian and
 * Russian, whose own words are not Latin; proper names (capitalised) and app names pass. */
function latinProseLeft(page: Page, typed: string[] = []): Promise<string[]> {
	return page.evaluate(async (typed) => {
		// a lesson's title is the lesson's, in English, also where a label names it
		const catalog = (await (await fetch('/content/catalog.json')).json()) as {
			lessons: { title: string }[];
		};
		const content = [...typed, ...catalog.lessons.map((lesson) => lesson.title)];
		const prose = /(^|[^A-Za-z])[a-z]{3,}([^A-Za-z]|$)/;
		// in an element that says it is in another language (the lesson's English, a name's own)
		const inContent = (element: Element) =>
			(element.closest('[lang]')?.getAttribute('lang') ?? '') !== document.documentElement.lang;
		const found = new Set<string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			const text = node.textContent?.trim() ?? '';
			if (!element || !prose.test(text) || inContent(element)) continue;
			// what the test typed (a title, an answer) is the user's, in whatever language they wrote
			if (content.some((words) => text.includes(words))) continue;
			if (element.closest('script, style, template') || !element.checkVisibility()) continue;
			found.add(`${element.tagName.toLowerCase()}: ${text}`);
		}
		for (const element of document.body.querySelectorAll('[aria-label]')) {
			const label = element.getAttribute('aria-label') ?? '';
			if (prose.test(label) && !inContent(element) && !content.some((w) => label.includes(w)))
				found.add(`${element.tagName.toLowerCase()}@aria-label: ${label}`);
		}
		return [...found];
	}, typed);
}

/** No English message of these areas on the page and, where the language is not written in Latin
 * letters, no English prose from outside the catalogue either. */
async function expectNoEnglish(
	page: Page,
	locale: string,
	areas: string[],
	where = '',
	typed: string[] = []
) {
	expect(await englishLeft(page, ...areas), where).toEqual([]);
	if (locale !== 'az') expect(await latinProseLeft(page, typed), where).toEqual([]);
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

		await expectNoEnglish(page, locale, ['shell']);

		// the library: its cards with their download state, and a search with its results
		await open(page, '/');
		await expect(page.getByTestId('lesson-state').first()).toBeVisible({ timeout: 20_000 });
		await expectNoEnglish(page, locale, ['shell', 'library']);
		await expectEnglishOnlyNote(page, 'library_english_only');
		await page.locator('#library-search').fill('ceasefire');
		await expect(page.getByTestId('search-hit').first()).toBeVisible({ timeout: 20_000 });
		await expectNoEnglish(page, locale, ['shell', 'library'], 'a search', ['ceasefire']);

		// a lesson, and its About sheet open
		await open(page, '/lessons/khojaly-1992');
		await expectNoEnglish(page, locale, ['shell', 'lesson']);
		await expectEnglishOnlyNote(page, 'lesson_english_only');
		await page.locator('.tools [popovertarget="sheet-about"]').click();
		await expect(page.locator('#sheet-about')).toBeVisible();
		await expectNoEnglish(page, locale, ['shell', 'lesson']);
		await page.keyboard.press('Escape');
		// the questions, with an answer typed (its word count and saved state speak too)
		await page.locator('#questions-button').click();
		const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
		await expect(panel).toBeVisible();
		await panel.locator('textarea').first().fill('Two accounts, two numbers.');
		await expect(panel.locator('textarea').first()).toHaveValue('Two accounts, two numbers.');
		await expectNoEnglish(page, locale, ['shell', 'lesson', 'questions']);
		// progress, and this lesson's work and worksheet
		for (const path of [
			'/progress',
			'/progress/khojaly-1992',
			'/progress/khojaly-1992?sheet=worksheet'
		]) {
			await open(page, path);
			await expect(page.locator('h1')).toBeVisible();
			await expectNoEnglish(page, locale, ['shell', 'progress'], path);
		}
		// the teacher's screens: the overview, the builder with a lesson's questions, an assignment
		await open(page, '/teach');
		await expect(page.locator('h1')).toBeVisible();
		await expectNoEnglish(page, locale, ['shell', 'teach'], '/teach');
		await open(page, '/teach/new');
		await page.locator('#assignment-title').fill('Two accounts');
		await page.getByTestId('include-khojaly-1992').check();
		await expect(page.locator('.questions input').first()).toBeVisible();
		await expectNoEnglish(page, locale, ['shell', 'teach'], '/teach/new');
		await page.locator('form.builder button.btn-primary').click();
		await expect(page.getByTestId('assignment-link')).toHaveValue(/\/a#2\d+$/);
		await expectNoEnglish(page, locale, ['shell', 'teach', 'review'], 'an assignment', [
			'Two accounts'
		]);
		await open(page, '/teach');
		await expect(page.locator('.assignments li')).toHaveCount(1);
		await expectNoEnglish(page, locale, ['shell', 'teach'], '/teach, one assignment', [
			'Two accounts'
		]);
		await open(page, '/settings');

		const { fonts, text } = await fontsDrawing(page, 'nav a, #language-heading, .hint');
		expect(text).toMatch(letters);
		expect(Object.fromEntries(fonts)).not.toEqual({});
		for (const [family, bundled] of fonts) expect(bundled, `${family} is a system font`).toBe(true);
		await context.close();
	});
}

for (const { locale, device } of SCRIPTS) {
	test(`in ${locale}, the lesson editor and the review of hand-ins speak it`, async ({
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({ baseURL, locale: device });
		const page = await context.newPage();
		const editorWords = wordsOf('editor', locale);
		// a new draft's accounts are named by their ids until the teacher gives them titles
		const draftIds = ['source-1', 'source-2'];

		// the lessons on this device, then a new draft: a point with a quote, questions of three kinds
		await open(page, '/teach/lessons');
		await expect(page.locator('h1')).toHaveText(editorWords.editor_heading!);
		await expectNoEnglish(page, locale, ['shell', 'editor'], '', draftIds);
		await page.getByRole('button', { name: editorWords.editor_new_lesson }).click();
		const editor = page.getByTestId('lesson-editor');
		await expect(editor).toBeVisible();
		await editor.getByRole('button', { name: editorWords.editor_add_point }).click();
		await editor.getByTestId('claim-quote').first().fill('Words the article does not have.');
		await expect(editor.locator('[data-state="not-found"]').first()).toBeVisible();
		for (const kind of ['multiple-choice', 'evidence', 'compare']) {
			await editor.getByLabel(editorWords.editor_new_question!).selectOption(kind);
			await editor.getByRole('button', { name: editorWords.editor_add_question }).click();
		}
		await editor.getByTestId('publish').click();
		await expect(editor.getByTestId('publish-result').locator('.problem')).toBeVisible();
		await expectNoEnglish(page, locale, ['shell', 'editor'], '', draftIds);

		// the review: the class grid, by question and by student
		const id = await reviewWithOneHandIn(page);
		await chooseLanguage(page, locale);
		await open(page, `/teach/${id}`);
		await expect(page.getByTestId('review-grid').getByTestId('cell').first()).toBeVisible();
		await expectNoEnglish(page, locale, ['shell', 'review'], 'the review', ['Two accounts']);
		const tabs = page.getByRole('tablist', { name: wordsOf('review', locale).review_tabs_label });
		for (const [tab, view] of [
			[1, 'review-by-question'],
			[2, 'review-by-student']
		] as const) {
			await tabs.getByRole('tab').nth(tab).click();
			await expect(page.getByTestId(view)).toBeVisible();
			await expectNoEnglish(page, locale, ['shell', 'review'], view, ['Two accounts']);
		}
		await context.close();
	});
}

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
		// the assignment's title and instructions are the teacher's, in the words they chose
		const teacherWrote = [spec.title, spec.instructions ?? ''].filter(Boolean);

		// a link cut off after its format: its refusal, and the page around it
		await open(page, '/a#1');
		await expect(page.getByTestId('link-problem')).toHaveText(words.linkfault_link_truncated!);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expectNoEnglish(page, locale, ['shell', 'classroom'], '', teacherWrote);

		// the link's first screen, once the lesson's title has come with the catalog
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
		await expect(page.getByTestId('linked-lesson').locator('strong')).toBeVisible({
			timeout: 15_000
		});
		await expectNoEnglish(page, locale, ['shell', 'classroom'], '', teacherWrote);

		// added for this reader: the assignment page, where it stands, and handing in
		await page.getByRole('button', { name: words.classroom_add }).click();
		await expect(page).toHaveURL(new RegExp(`/assignments/${spec.id}$`));
		await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
		await expect(page.getByTestId('assignment-status')).not.toBeEmpty();
		await expectNoEnglish(page, locale, ['shell', 'classroom'], '', teacherWrote);
		// "Me" names no student: the name's problem speaks too
		await page.getByLabel(words.handin_your_name!).fill('Me');
		await page.getByRole('button', { name: words.handin_hand_in }).click();
		const problem = words.handin_name_me!.replace('{name}', 'Me');
		await expect(page.getByRole('alert').filter({ hasText: problem })).toBeVisible();
		await expectNoEnglish(page, locale, ['shell', 'classroom'], '', teacherWrote);
		await context.close();
	});
}

for (const { locale, device } of SCRIPTS) {
	test(`in ${locale}, a refused assignment file is refused in it, what the checks found in English`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, locale: device });
		const page = await context.newPage();
		const words = wordsOf('classroom', locale);
		const files = JSON.parse(readFileSync(`messages/files/${locale}.json`, 'utf8')) as Record<
			string,
			[{ match: Record<string, string> }]
		>;
		await open(page, '/assignment');
		const bad = { format: 'parallax-assignment', version: 1, title: 5, lessons: [] };
		await page.getByTestId('import-assignment-file').setInputFiles({
			name: 'homework.parallax-assignment',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(bad))
		});
		const reason = files.files_data_wrong![0].match['kind=assignmentfile']!;
		await expect(page.getByTestId('assignment-file-status')).toHaveText(
			words
				.classroom_file_refused!.replace('{name}', 'homework.parallax-assignment')
				.replace('{reason}', reason)
		);
		const found = page.getByRole('list', { name: words.classroom_file_checks_found });
		await expect(found.getByRole('listitem').first()).toHaveText('title: expected a title, got 5');
		await expect(found.getByRole('listitem').first()).toHaveAttribute('lang', 'en');
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
	await open(page, '/teach/lessons');
	expect(await englishLeft(page, 'editor')).toEqual(
		expect.arrayContaining(['h1: Lessons on this device', 'button: Write a new lesson'])
	);
	await open(page, '/');
	expect(await englishLeft(page, 'library')).toEqual(
		expect.arrayContaining(['h1: Library', 'h2: All lessons'])
	);
	await open(page, '/lessons/khojaly-1992');
	expect(await englishLeft(page, 'lesson')).toEqual(expect.arrayContaining(['button: About']));
	// lessons and interface speak one language: no note says the lesson is in English
	await expect(page.getByRole('note')).toHaveCount(0);
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
	await switchReader(page, 'Me');
	await expect(firstLink).toHaveText('Library');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await switchReader(page, 'Ani');
	await expect(firstLink).toHaveText('Գրադարան');
	await page.reload();
	await expect(firstLink).toHaveText('Գրադարան');
	await expect(page.getByTestId('language-picker')).toHaveValue('hy');
});
