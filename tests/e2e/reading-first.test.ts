// Issue 16, points 1–4 in the browser: the accounts' text on the first screen, a questions sheet
// that leaves an account readable, feedback and glossary popovers inside the viewport, and
// evidence picked in the text itself (or from the list, by keyboard).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, LessonPack } from '../../src/lib/content/schema/compiled';
import { open } from './support/app';

const LANDSCAPE = { width: 1180, height: 820 };
const PORTRAIT = { width: 820, height: 1180 };
const PHONE = { width: 390, height: 844 };
const SIZES = [
	['landscape', LANDSCAPE],
	['portrait', PORTRAIT],
	['phone', PHONE]
] as const;

const catalog = JSON.parse(
	readFileSync(join('build', 'content', 'catalog.json'), 'utf8')
) as Catalog;
const packs: LessonPack[] = catalog.lessons.map(
	(entry) => JSON.parse(readFileSync(join('build', entry.pack), 'utf8')) as LessonPack
);
const pack = (id: string) => packs.find((p) => p.lesson.id === id)!;

/**
 * The accounts that have a paragraph of text inside the viewport, with its first line not
 * covered by anything (a toast, a sheet, a sticky header).
 */
function accountsOnScreen(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const seen = new Set<string>();
		const blocks = document.querySelectorAll<HTMLElement>(
			'section.source [id^="p-"], section.source [id^="c-"]'
		);
		for (const block of blocks) {
			const box = block.getBoundingClientRect();
			const line = parseFloat(getComputedStyle(block).lineHeight) || 24;
			if (box.height === 0 || box.top < 0 || box.top + line > innerHeight) continue;
			if (box.left < 0 || box.right > innerWidth) continue;
			const hit = document.elementFromPoint(box.left + 4, box.top + line / 2);
			if (hit && block.contains(hit))
				seen.add(block.closest<HTMLElement>('section.source')!.dataset.source!);
		}
		return [...seen];
	});
}

/** Whether a box lies wholly inside the viewport. */
async function expectInside(page: Page, locator: Locator, what: string): Promise<void> {
	const box = (await locator.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box, what).not.toBeNull();
	expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
	expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
	expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

test.describe('article text on the first screen', () => {
	for (const [name, viewport] of SIZES) {
		test(`${name}: every lesson opens on paragraphs of its accounts`, async ({
			browser,
			baseURL
		}) => {
			const context = await browser.newContext({ baseURL, viewport });
			const page = await context.newPage();
			for (const { lesson } of packs) {
				await open(page, `/lessons/${lesson.id}`);
				// the content note is still seen before the text: a short line above it
				const note = page.getByRole('complementary', { name: 'Before you read' });
				await expect(note).toBeVisible();
				const first = page.locator('section.source [id^="p-"]:visible').first();
				expect((await note.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
				await expect(note).toContainText(lesson.contentNote.slice(0, 40));
				if (name === 'landscape') {
					await note.getByRole('button', { name: 'I understand' }).click();
					await expect(page.getByText(/^Content note:/)).toBeVisible();
				}
				const accounts = await accountsOnScreen(page);
				// two accounts side by side in landscape; one at a time in portrait and on a phone
				expect(accounts.length, `${lesson.id}: ${accounts.join(', ')}`).toBe(
					name === 'landscape' ? 2 : 1
				);
				expect(lesson.perspectives).toEqual(expect.arrayContaining(accounts));
				// the balance note stays in sight, one line with "more"
				const balance = page.getByTestId('balance-note');
				await expect(balance).toBeInViewport();
				await balance.locator('summary').click();
				await expect(balance.locator('p')).toBeInViewport();
				expect((await balance.boundingBox())!.height).toBeGreaterThan(40);
			}
			await page.screenshot({ path: `test-results/screens/first-screen-${name}.png` });
			await context.close();
		});
	}

	test('the summary, the claims, the timeline and the glossary are each one tap away', async ({
		page
	}) => {
		await page.setViewportSize(LANDSCAPE);
		const { lesson, glossary } = pack('khojaly-1992');
		await open(page, `/lessons/${lesson.id}`);
		const sheet = (id: string) => page.locator(`#sheet-${id}`);

		await page.getByRole('button', { name: 'About', exact: true }).click();
		await expect(sheet('about')).toContainText(lesson.summary);
		await page.keyboard.press('Escape');
		await expect(sheet('about')).toBeHidden();

		await page.getByRole('button', { name: 'Agree & differ' }).click();
		await expect(sheet('claims').locator('tbody tr')).toHaveCount(lesson.claims.length);
		// a quote shows its passage: the sheet steps aside
		await sheet('claims').locator('button.quote').first().click();
		await expect(sheet('claims')).toBeHidden();
		await expect(page.locator('section.source .flash')).toBeInViewport();

		await page.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(sheet('timeline').locator('ol > li')).toHaveCount(lesson.timeline.length);
		await sheet('timeline').getByRole('button', { name: 'Close' }).click();
		await expect(sheet('timeline')).toBeHidden();

		await page.getByRole('button', { name: 'Glossary', exact: true }).click();
		await expect(sheet('glossary').locator('dt')).toHaveCount(glossary.length);
		await expectInside(page, sheet('glossary'), 'the glossary sheet');
	});
});

/** Opens the questions sheet in landscape; returns the loaded panel. */
async function openQuestionsSheet(page: Page, lessonId: string): Promise<Locator> {
	await page.setViewportSize(LANDSCAPE);
	await open(page, `/lessons/${lessonId}`);
	const button = page.getByRole('button', { name: 'Questions', exact: true });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(panel).toBeVisible();
	return panel;
}

/** The width of the accounts' columns that shows, not covered by the questions sheet. */
function readableColumnsWidth(page: Page): Promise<number> {
	return page.evaluate(() => {
		const sheet = document.getElementById('questions')!.getBoundingClientRect();
		let width = 0;
		for (const column of document.querySelectorAll<HTMLElement>('section.source')) {
			const style = getComputedStyle(column);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			const box = column.getBoundingClientRect();
			const right = Math.min(box.right, innerWidth, sheet.width > 0 ? sheet.left : innerWidth);
			width += Math.max(0, right - Math.max(0, box.left));
		}
		return width;
	});
}

test.describe('questions in landscape', () => {
	test('open as a sheet from under the header that leaves an account readable, and stay open across a reload', async ({
		page
	}) => {
		const panel = await openQuestionsSheet(page, 'khojaly-1992');
		const sheet = page.locator('#questions');
		// tapping "Questions" changes the first screen: the sheet starts right under the site's
		// header, whose buttons stay uncovered; it rises to the top as the header scrolls away
		const header = (await page.getByRole('banner').boundingBox())!;
		expect((await sheet.boundingBox())!.y).toBeCloseTo(header.y + header.height, 0);
		const textSettings = page.getByRole('banner').getByRole('button', { name: 'Text settings' });
		const settingsBox = (await textSettings.boundingBox())!;
		expect(
			await page.evaluate(
				([x, y]) => document.elementFromPoint(x!, y!)?.closest('header') !== null,
				[settingsBox.x + settingsBox.width / 2, settingsBox.y + settingsBox.height / 2]
			)
		).toBe(true);
		await page.evaluate(() => scrollTo(0, 400));
		await expect.poll(async () => (await sheet.boundingBox())!.y).toBeLessThanOrEqual(1);
		await page.evaluate(() => scrollTo(0, 0));
		await expect(sheet).toBeFocused();
		expect(await readableColumnsWidth(page)).toBeGreaterThanOrEqual(0.4 * LANDSCAPE.width);
		await expect(panel.locator('article[data-question]').first()).toBeInViewport();
		expect(await accountsOnScreen(page)).toHaveLength(1);
		await page.screenshot({ path: 'test-results/screens/questions-sheet.png' });

		// kept as the student left it
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(panel).toBeVisible();
		await expect(page.getByRole('button', { name: 'Questions', exact: true })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		await sheet.getByRole('button', { name: /^Close/ }).click();
		await expect(sheet).toBeHidden();
		await expect(page.getByRole('button', { name: 'Questions', exact: true })).toBeFocused();
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator('section.source.in-column')).toHaveCount(2);
		await expect(sheet).toBeHidden();
		expect(await accountsOnScreen(page)).toHaveLength(2);
	});

	test('"Check" shows its feedback inside the viewport and reads it out, on a wrong and a right answer', async ({
		page
	}) => {
		const { lesson } = pack('khojaly-1992');
		const panel = await openQuestionsSheet(page, lesson.id);
		// the last multiple-choice question, its Check at the foot of the sheet's view
		const question = lesson.questions.filter((q) => q.kind === 'multiple-choice').at(-1)!;
		if (question.kind !== 'multiple-choice') throw new Error('no multiple-choice question');
		const card = panel.locator(`article[data-question="${question.id}"]`);
		const check = card.getByRole('button', { name: 'Check' });
		const wrong = question.choices.find((c) => c.id !== question.answer)!;
		const right = question.choices.find((c) => c.id === question.answer)!;
		for (const [choice, said] of [
			[wrong, 'Not this one.'],
			[right, 'Correct.']
		] as const) {
			await card.getByRole('radio', { name: choice.text, exact: true }).check();
			await check.evaluate((el) => el.scrollIntoView({ block: 'end' }));
			await check.click();
			const feedback = card.getByRole('status');
			await expect(feedback).toContainText(said);
			await expect(feedback.locator('p')).toBeInViewport({ ratio: 1 });
		}
	});
});

test.describe('glossary popovers', () => {
	for (const [name, viewport] of SIZES) {
		test(`${name}: every popover opened from a visible term lies inside the viewport`, async ({
			browser,
			baseURL
		}) => {
			const context = await browser.newContext({ baseURL, viewport });
			const page = await context.newPage();
			let opened = 0;
			for (const lessonId of ['khojaly-1992', 'lachin-corridor-2023']) {
				await open(page, `/lessons/${lessonId}`);
				const terms = page.locator('section.source button.term:visible');
				const count = await terms.count();
				expect(count).toBeGreaterThan(3);
				for (let i = 0; i < count; i++) {
					const term = terms.nth(i);
					// near the foot of the screen, then near its middle
					for (const block of ['end', 'center'] as const) {
						await term.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
						const visible = await term.evaluate((el) => {
							const box = el.getBoundingClientRect();
							const hit = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
							return box.bottom <= innerHeight && box.top >= 0 && hit !== null && el.contains(hit);
						});
						if (!visible) continue;
						await term.click();
						const popover = page.locator('#glossary-popover');
						await expect(popover).toBeVisible();
						await expectInside(page, popover, `${lessonId}: ${await term.textContent()}`);
						opened++;
						await page.keyboard.press('Escape');
						await expect(popover).toHaveCount(0);
					}
				}
			}
			expect(opened).toBeGreaterThan(10);
			await context.close();
		});
	}
});

test.describe('evidence', () => {
	test('picked by tapping a paragraph in the text, beside the questions (landscape)', async ({
		page
	}) => {
		const { lesson } = pack('khojaly-1992');
		// an answer in the account that starts in the right column, under the sheet
		const question = lesson.questions.find(
			(q) => q.kind === 'evidence' && q.source === lesson.perspectives[1]
		)!;
		if (question.kind !== 'evidence') throw new Error('no evidence question');
		const panel = await openQuestionsSheet(page, lesson.id);
		const card = panel.locator(`article[data-question="${question.id}"]`);
		await card.getByRole('button', { name: 'Tap it in the text' }).click();
		// the account comes into the column beside the sheet
		const column = page.locator(`section.source[data-source="${question.source}"]`);
		await expect(column).toHaveClass(/in-column/);
		await expect(column).not.toHaveClass(/covered/);

		const wrongId = await column
			.locator('.pickable')
			.evaluateAll(
				(els, right) => els.map((el) => el.id).find((id) => !right.includes(id)),
				[...question.answers]
			);
		const wrong = column.locator(`[id="${wrongId}"]`);
		await wrong.click({ position: { x: 4, y: 4 } });
		await expect(wrong).toHaveAttribute('data-evidence', 'chosen');
		await expect(card).toContainText('Your evidence: ¶');
		await card.getByRole('button', { name: 'Check' }).click();
		await expect(card.getByRole('status')).toContainText('does not show it');
		await expect(card.getByRole('status').locator('p')).toBeInViewport({ ratio: 1 });
		await expect(wrong).toHaveAttribute('data-evidence', 'incorrect');

		const answer = column.locator(`[id="${question.answers[0]}"]`);
		await answer.scrollIntoViewIfNeeded();
		await answer.click({ position: { x: 4, y: 4 } });
		await expect(answer).toHaveAttribute('data-evidence', 'chosen');
		await card.getByRole('button', { name: 'Check' }).click();
		await expect(card.getByRole('status')).toContainText('Yes, that paragraph supports it.');
		await expect(answer).toHaveAttribute('data-evidence', 'correct');
		// the list says the same
		await card.getByText(/^Or choose from the list/).click();
		await expect(card.locator(`input[value="${question.answers[0]}"]`)).toBeChecked();
		await page.screenshot({ path: 'test-results/screens/evidence-tapped.png' });
		// done: the text is plain text again
		await card.getByRole('button', { name: 'Done' }).click();
		await expect(page.locator('.pickable')).toHaveCount(0);
		await expect(page.locator('[data-evidence]')).toHaveCount(0);
	});

	test('picked by tapping a paragraph on a phone, Check riding along the foot of the screen', async ({
		page
	}) => {
		const { lesson } = pack('execution-video-2022');
		const question = lesson.questions.find((q) => q.kind === 'evidence')!;
		if (question.kind !== 'evidence') throw new Error('no evidence question');
		await page.setViewportSize(PHONE);
		await open(page, `/lessons/${lesson.id}#questions`);
		const card = page.locator(`article[data-question="${question.id}"]`);
		await card.getByRole('button', { name: 'Tap it in the text' }).click();
		await expect(page.getByRole('tab', { selected: true })).toHaveAttribute(
			'aria-controls',
			`panel-${question.source}`
		);
		const answer = page.locator(`[id="${question.answers[0]}"]`);
		await answer.scrollIntoViewIfNeeded();
		await answer.click({ position: { x: 4, y: 4 } });
		await expect(answer).toHaveAttribute('data-evidence', 'chosen');
		const check = card.getByRole('button', { name: 'Check' });
		await expect(check).toBeInViewport();
		await check.click();
		await expect(card.getByRole('status').locator('p')).toBeInViewport({ ratio: 1 });
		await expect(card.getByRole('status')).toContainText('Yes, that paragraph supports it.');
		await page.screenshot({ path: 'test-results/screens/evidence-phone.png' });
		await card.getByRole('button', { name: 'Done' }).click();
		await expect(card).toBeInViewport();
	});

	test('picked by keyboard from the list, which offers every paragraph', async ({ page }) => {
		const { lesson, sources } = pack('khojaly-1992');
		const question = lesson.questions.find((q) => q.kind === 'evidence')!;
		if (question.kind !== 'evidence') throw new Error('no evidence question');
		const source = sources.find((s) => s.id === question.source)!;
		const paragraphs = source.blocks.filter((b) => b.type === 'paragraph').map((b) => b.id);
		const target = paragraphs.indexOf(question.answers[0]!);
		expect(target).toBeGreaterThan(0);
		const panel = await openQuestionsSheet(page, lesson.id);
		const card = panel.locator(`article[data-question="${question.id}"]`);

		const list = card.locator('summary').filter({ hasText: /^Or choose from the list/ });
		await list.focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const radios = card.getByRole('radio');
		await expect(radios).toHaveCount(paragraphs.length);
		await expect(radios.first()).toBeFocused();
		for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
		await expect(radios.nth(target)).toBeChecked();
		await expect(card).toContainText(`Your evidence: ¶${target + 1}`);
		// the radios are one stop: the next is Check
		const check = card.getByRole('button', { name: 'Check' });
		await page.keyboard.press('Tab');
		await expect(check).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(card.getByRole('status')).toContainText('Yes, that paragraph supports it.');
		await expect(card.getByRole('status').locator('p')).toBeInViewport({ ratio: 1 });
	});
});
