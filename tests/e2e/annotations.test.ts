// Issue 19: highlights and notes made while reading, by selecting words in an account, are kept
// like answers: there, in the right place, after the browser is killed and relaunched offline.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectWords as select } from './support/annotations';
import { open, waitUntilOfflineReady, type CatalogLesson } from './support/app';
import { launchKillable } from './support/killable-browser';
import { REPORT, writeLesson } from './support/lesson-editor';
import { flat, pdfLines } from './support/pdf-text';
import { serveBuild } from './support/server';

const PORT = 4338;
const LESSON = 'khojaly-1992';
const FIRST = 'Armenia denies the charge.';
const SECOND = 'marks the thirty-second anniversary';
const NOTE = 'Whose count is this?';

test.use({ trace: 'off' });

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function openLesson(page: Page, base: string) {
	await page.setViewportSize({ width: 1180, height: 820 });
	await page.goto(`${base}/lessons/${LESSON}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return page.locator('section.source');
}

test('a highlight in one account and a note on another survive a killed browser, offline', async () => {
	test.setTimeout(120_000);
	const profileDir = mkdtempSync(join(tmpdir(), 'parallax-annotations-'));
	const server = await serveBuild('build', PORT);
	try {
		const first = await launchKillable(profileDir);
		const page = await first.browser.contexts()[0]!.newPage();
		await page.goto(`${server.url}/`);
		const catalog = (await (await fetch(`${server.url}/content/catalog.json`)).json()) as {
			lessons: CatalogLesson[];
		};
		await waitUntilOfflineReady(page, catalog.lessons);
		const accounts = await openLesson(page, server.url);

		await select(accounts.nth(0), FIRST);
		const toolbar = page.getByTestId('annotation-toolbar');
		await toolbar.getByRole('button', { name: 'Evidence' }).click();
		await expect(accounts.nth(0).locator('mark[data-kind="evidence"]')).toHaveText(FIRST);

		await select(accounts.nth(1), SECOND);
		await toolbar.getByRole('button', { name: 'Add note' }).click();
		const note = page.getByRole('textbox', { name: 'Note' }).last();
		await expect(note).toBeFocused();
		const drawn = await page.locator('mark[data-kind="note"]').first().elementHandle();
		await page.keyboard.type(NOTE);
		// the mark is renamed as the note is typed, in place: typing redraws no mark
		await expect(page.locator('mark[data-kind="note"]').first()).toHaveAttribute(
			'title',
			/Whose count is this\?/
		);
		expect(await drawn?.evaluate((mark) => mark.isConnected)).toBe(true);
		await page.waitForTimeout(1_500);
		await first.kill();
		await server.stop();

		const second = await launchKillable(profileDir);
		const again = await second.browser.contexts()[0]!.newPage();
		const restored = await openLesson(again, server.url);
		await expect(restored.nth(0).locator('mark[data-kind="evidence"]')).toHaveText(FIRST);
		await expect(restored.nth(1).locator('mark[data-kind="note"]')).toHaveText(SECOND);

		// a tap on the mark opens its note
		await restored.nth(1).locator('mark[data-kind="note"]').click();
		const editor = again.getByTestId('note-editor');
		await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue(NOTE);
		await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused();
		await editor.getByRole('button', { name: 'Done' }).click();
		await expect(editor).toBeHidden();

		// the list of them sits beside the questions
		await again.getByRole('button', { name: 'Questions', exact: true }).click();
		const list = again.locator('#questions').getByTestId('annotation-list');
		await expect(list).toBeVisible();
		await expect(list.locator('li')).toHaveCount(2);
		await expect(list.getByRole('textbox', { name: 'Note' }).last()).toHaveValue(NOTE);
		await expect(list.locator('li[data-placed="no"]')).toHaveCount(0);
		await expectNoAxeViolations(again);

		// the library's search finds the note, under this profile, and opens the lesson at it
		await open(again, `${server.url}/`);
		await again.getByRole('searchbox').fill('whose count');
		const hits = again.getByTestId('annotation-hits');
		await expect(hits).toContainText(SECOND);
		await hits.getByRole('link').click();
		await expect(again).toHaveURL(new RegExp(`/lessons/${LESSON}#`));
		await expect(again.locator('mark[data-kind="note"]')).toBeInViewport();

		// on paper, with the answers: the marked words in their passage and the note, as text
		await open(again, `${server.url}/progress/${LESSON}`);
		await expect(again.getByTestId('my-annotations')).toContainText(NOTE);
		await again.emulateMedia({ media: 'print' });
		const printed = flat((await pdfLines(await again.pdf({ format: 'Letter' }))).join(' '));
		expect(printed).toContain(flat(`Note: ${NOTE}`));
		expect(printed).toContain('My highlights and notes (2)');
		expect(printed).toContain(flat(FIRST));
		await second.kill();
	} finally {
		await server.stop();
		rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});

test.describe('on a phone, by touch and by keyboard', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('selected words are marked from the keyboard, and a note is made and opened by touch', async ({
		page
	}) => {
		await open(page, `/lessons/${LESSON}`);
		const account = page.locator('section.source:visible').first();

		// Tab from the selection goes into the toolbar; arrows move along it; Enter marks
		await select(account, FIRST);
		const toolbar = page.getByTestId('annotation-toolbar');
		await expect(toolbar).toBeVisible();
		const box = (await toolbar.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await page.keyboard.press('Tab');
		await expect(toolbar.getByRole('button', { name: 'Evidence' })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(toolbar.getByRole('button', { name: 'Question' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(account.locator('mark[data-kind="question"]')).toHaveText(FIRST);
		await expect(toolbar).toBeHidden();
		await expect(page.getByRole('status').filter({ hasText: 'Marked as question' })).toHaveCount(1);

		// Escape leaves the toolbar and the selection, marking nothing
		await select(account, 'lasting peace');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await expect(toolbar).toBeHidden();
		await expect(account.locator('mark')).toHaveCount(1);

		// by touch: a note on other words, then opened again from its mark
		await select(account, 'lasting peace');
		await toolbar.getByRole('button', { name: 'Add note' }).tap();
		const editor = page.getByTestId('note-editor');
		await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused();
		await page.keyboard.type(NOTE);
		await editor.getByRole('button', { name: 'Done' }).tap();
		await expect(editor).toBeHidden();
		await account.locator('mark[data-kind="note"]').tap();
		await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue(NOTE);
		await expectNoAxeViolations(page);
	});
});

test('a highlight follows its words when a lesson is published again with its text edited', async ({
	page
}) => {
	const KEPT = 'Witnesses disagreed';
	const CUT = 'stopped near the corridor';
	await page.setViewportSize({ width: 1180, height: 820 });
	await open(page, '/teach/lessons');
	await page.getByRole('button', { name: 'Write a new lesson' }).click();
	await writeLesson(page);
	await page.getByLabel('New question').selectOption('discussion');
	await page.getByRole('button', { name: 'Add the question' }).click();
	await page.getByTestId('question-prompt').fill('Why might the two accounts differ?');
	const draftUrl = page.url();
	await page.getByRole('button', { name: 'Check and publish' }).click();
	await expect(page.getByTestId('publish-result')).toContainText('Published');

	// a reader marks two passages of the report
	await open(page, '/lessons/corridor-shooting-9b');
	let report = page.locator('section.source').first();
	for (const [words, kind] of [
		[KEPT, 'Evidence'],
		[CUT, 'Question']
	] as const) {
		await select(report, words);
		await page.getByTestId('annotation-toolbar').getByRole('button', { name: kind }).click();
		await expect(report.locator(`mark[data-kind="${kind.toLowerCase()}"]`)).toHaveText(words);
	}

	// the teacher cuts the first paragraph, puts another before the second, edits a word near
	// the kept passage, and publishes again
	await open(page, draftUrl);
	expect(REPORT).toContain(CUT);
	const edited = REPORT.replace(/^.*\n\n/, 'A paragraph added at the top.\n\n').replace(
		'the ministry said',
		'the interior ministry said'
	);
	expect(edited).not.toContain(CUT);
	await page.getByTestId('source-original').first().fill(edited);
	await page.getByRole('button', { name: 'Check and publish' }).click();
	await expect(page.getByTestId('publish-result')).toContainText('Published again');

	// the kept highlight is found in the edited paragraph; the cut one is listed, drawn nowhere
	await open(page, '/lessons/corridor-shooting-9b');
	report = page.locator('section.source').first();
	await expect(report).toContainText('the interior ministry said');
	await expect(report.locator('mark[data-kind="evidence"]')).toHaveText(KEPT);
	await expect(page.locator('mark[data-kind="question"]')).toHaveCount(0);
	const list = page.getByTestId('annotation-list');
	await expect(list.locator('li[data-placed="yes"]')).toContainText(KEPT);
	const unplaced = list.locator('li[data-placed="no"]');
	await expect(unplaced).toContainText(CUT);
	await expect(unplaced).toContainText('Could not be placed');
});
