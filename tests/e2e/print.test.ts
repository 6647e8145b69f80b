// Issue 16, point 8: a lesson on paper. The lesson page prints every account whole, one after
// another; the worksheet adds the claims table, the glossary and the questions with room to write.
// Both are printed to PDF by Chromium and read back with pdf.js.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evidenceChoices } from '../../src/lib/content/evidence-choices';
import type { Catalog, CompiledSource, LessonPack } from '../../src/lib/content/schema/compiled';
import { open, readCatalog, waitUntilOfflineReady } from './support/app';
import { flat, pdfLines } from './support/pdf-text';

const CONTENT = join(process.cwd(), 'build', 'content');
const catalog = JSON.parse(readFileSync(join(CONTENT, 'catalog.json'), 'utf8')) as Catalog;
const packs: LessonPack[] = catalog.lessons.map(
	(entry) => JSON.parse(readFileSync(join('build', entry.pack), 'utf8')) as LessonPack
);

/** An account's first and last paragraph (of a comment thread: its first and last comment). */
function ends(source: CompiledSource): [string, string] {
	const paragraphs = evidenceChoices(source);
	return [paragraphs[0]!.text, paragraphs.at(-1)!.text];
}

/** The labels of the controls a student sees on screen (not tabs, terms or quotes: their words
 *  are the accounts' names and text, which paper keeps). */
function controlLabels(page: Page): Promise<string[]> {
	return page
		.locator('button:not(.term):not(.quote):not([role="tab"]):visible, a.btn:visible')
		.evaluateAll((controls) =>
			controls.map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter(Boolean)
		);
}

async function printed(page: Page): Promise<{ text: string; lines: string[] }> {
	await page.emulateMedia({ media: 'print' });
	const lines = await pdfLines(await page.pdf({ format: 'Letter', printBackground: true }));
	return { text: flat(lines.join(' ')), lines };
}

function expectWholeAccounts(text: string, pack: LessonPack): void {
	for (const id of pack.lesson.perspectives) {
		const source = pack.sources.find((s) => s.id === id)!;
		const [first, last] = ends(source).map(flat);
		expect(text, `${pack.lesson.id}: first paragraph of ${id}`).toContain(first!.slice(0, 80));
		expect(text, `${pack.lesson.id}: last paragraph of ${id}`).toContain(last!.slice(-80));
	}
}

function expectNoControls(lines: string[], labels: string[], what: string): void {
	expect(labels.length, `${what}: controls on screen`).toBeGreaterThan(0);
	for (const label of labels) expect(lines, `${what}: "${label}" on paper`).not.toContain(label);
}

test('a printed lesson has every account whole, one after another, and no controls', async ({
	page
}) => {
	test.setTimeout(120_000);
	for (const size of [
		{ width: 1180, height: 820 },
		{ width: 816, height: 1056 }
	]) {
		await page.setViewportSize(size);
		for (const pack of packs) {
			await open(page, `/lessons/${pack.lesson.id}`);
			const labels = await controlLabels(page);
			const { text, lines } = await printed(page);
			expectWholeAccounts(text, pack);
			expectNoControls(lines, labels, `${pack.lesson.id} at ${size.width}`);
			// no tabs, pickers or radio circles on paper
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('tablist')).toBeHidden();
			await expect(page.locator('select:visible, input[type=radio]:visible')).toHaveCount(0);
			await page.emulateMedia({ media: null });
		}
	}
});

test('the worksheet prints the lesson whole with its questions and room to write', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	// the worksheet is read from this device: a first visit stores every lesson
	await page.goto('/');
	await waitUntilOfflineReady(page, await readCatalog(page, baseURL!));
	for (const pack of packs) {
		await open(page, `/progress/${pack.lesson.id}?sheet=worksheet`);
		await expect(page.getByTestId('worksheet-question')).toHaveCount(pack.lesson.questions.length);
		const labels = await controlLabels(page);
		const { text, lines } = await printed(page);
		expectWholeAccounts(text, pack);
		expectNoControls(lines, labels, `${pack.lesson.id} worksheet`);
		for (const question of pack.lesson.questions) expect(text).toContain(flat(question.prompt));
		expect(lines.some((line) => line.startsWith('Name'))).toBe(true);
		// no doubled quotation marks where a quote is itself a quotation
		for (const cell of await page.locator('section.claims td').allInnerTexts())
			expect(cell).not.toMatch(/““|””/);
		await page.emulateMedia({ media: 'print' });
		// the claims table and the glossary, whole (table cells interleave in a PDF's text)
		const claims = page.getByRole('region', { name: 'Where the accounts agree and differ' });
		await expect(claims.locator('tbody tr')).toHaveCount(pack.lesson.claims.length);
		await expect(claims.locator('tbody tr').last()).toBeVisible();
		const glossary = page.getByRole('region', { name: 'Glossary' });
		await expect(glossary.locator('dt')).toHaveText(pack.glossary.map((entry) => entry.term));
		// letters to circle instead of radio buttons, ruled lines for written answers
		await expect(page.locator('input:visible, textarea:visible')).toHaveCount(0);
		if (pack.lesson.questions.some((q) => q.kind === 'multiple-choice'))
			await expect(page.getByText('Circle one letter.').first()).toBeVisible();
		const ruled = pack.lesson.questions.filter(
			(q) => q.kind !== 'multiple-choice' && q.kind !== 'evidence'
		);
		if (ruled.length) await expect(page.locator('.lines').first()).toBeVisible();
		await page.emulateMedia({ media: null });
	}
});

test('"Print worksheet" and "Print my answers" open the print dialog once the sheet is drawn', async ({
	page,
	baseURL
}) => {
	await page.addInitScript(() => {
		const counted = window as unknown as { printed: number };
		counted.printed = 0;
		window.print = () => void counted.printed++;
	});
	await page.goto('/');
	await waitUntilOfflineReady(page, await readCatalog(page, baseURL!));
	const printedCount = () =>
		page.evaluate(() => (window as unknown as { printed: number }).printed);

	// from the lesson: its "About" sheet has both links
	await open(page, '/lessons/khojaly-1992');
	await page.getByRole('button', { name: 'About', exact: true }).click();
	await page.getByRole('link', { name: 'Print worksheet' }).click();
	await expect(page).toHaveURL(/\/progress\/khojaly-1992\?sheet=worksheet&print$/);
	await expect(page.getByTestId('printed-account').first()).toBeVisible();
	await expect.poll(printedCount).toBe(1);
	await expect(page.getByRole('button', { name: 'Print worksheet' })).toBeVisible();

	await open(page, '/progress/khojaly-1992?print');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('My work');
	await expect.poll(printedCount).toBe(1);
	await expect(page.getByRole('button', { name: 'Print my answers' })).toBeVisible();
});
