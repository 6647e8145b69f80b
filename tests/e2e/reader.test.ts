import AxeBuilder from '@axe-core/playwright';
import { open } from './support/app';
import { storedRows } from './support/stored';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** A lesson's pack as the build wrote it. */
function builtPack(id: string): { glossary: unknown[] } {
	const catalog = JSON.parse(readFileSync('build/content/catalog.json', 'utf8')) as {
		lessons: { id: string; pack: string }[];
	};
	const entry = catalog.lessons.find((lesson) => lesson.id === id)!;
	return JSON.parse(readFileSync(`build${entry.pack}`, 'utf8')) as { glossary: unknown[] };
}

const LANDSCAPE = { width: 1180, height: 820 };
const PORTRAIT = { width: 820, height: 1180 };
const PHONE = { width: 375, height: 740 };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const visibleSources = (page: Page) =>
	page
		.locator('section.source')
		.evaluateAll((els) =>
			els
				.filter((el) => getComputedStyle(el).display !== 'none')
				.map((el) => el.getAttribute('data-source'))
		);

test.describe('landscape tablet', () => {
	test.use({ viewport: LANDSCAPE });

	test('two accounts side by side, each scrolling on its own under a sticky header', async ({
		page
	}) => {
		await open(page, '/lessons/execution-video-2022');
		expect(await visibleSources(page)).toEqual(['eurasianet-executions', 'western-reactions']);
		await expect(page.getByRole('tablist')).toBeHidden();
		const [left, right] = await page.locator('section.source').all();
		const boxes = [await left!.boundingBox(), await right!.boundingBox()];
		expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width - 1);

		await left!.evaluate((el) => el.scrollBy(0, 600));
		expect(await left!.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
		expect(await right!.evaluate((el) => el.scrollTop)).toBe(0);
		// the source header stays at the top of its scrolled column
		const head = left!.locator('.source-head');
		const headBox = await head.boundingBox();
		expect(Math.abs(headBox!.y - (await left!.boundingBox())!.y)).toBeLessThan(3);
		await page.screenshot({ path: 'test-results/screens/landscape.png' });
	});

	test('with three accounts each column has a chooser', async ({ page }) => {
		await open(page, '/lessons/khojaly-1992');
		expect(await visibleSources(page)).toEqual(['mammadov-khojaly', 'ahmadzada-khojaly']);
		await page.getByLabel('Right column shows').selectOption('mammadov-khojaly-comments');
		await expect
			.poll(() => visibleSources(page))
			.toEqual(['mammadov-khojaly', 'mammadov-khojaly-comments']);
	});
});

for (const [name, viewport] of [
	['portrait tablet', PORTRAIT],
	['phone', PHONE]
] as const) {
	test.describe(name, () => {
		test.use({ viewport });

		test('one account at a time, switched with tabs and arrow keys', async ({ page }) => {
			await open(page, '/lessons/khojaly-1992');
			const tabs = page.getByRole('tab');
			await expect(tabs).toHaveCount(3);
			expect(await visibleSources(page)).toEqual(['mammadov-khojaly']);
			await tabs.first().focus();
			await page.keyboard.press('ArrowRight');
			await expect(tabs.nth(1)).toBeFocused();
			await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
			expect(await visibleSources(page)).toEqual(['ahmadzada-khojaly']);
			await page.keyboard.press('End');
			await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
			await page.keyboard.press('ArrowRight');
			await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
			await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'panel-mammadov-khojaly');
			await page.screenshot({ path: `test-results/screens/${name.replace(' ', '-')}.png` });
		});

		test('each tab keeps its scroll position', async ({ page }) => {
			await open(page, '/lessons/khojaly-1992');
			const panel = page.locator('#panel-mammadov-khojaly');
			const top = await panel.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
			await page.evaluate((y) => window.scrollTo(0, y + 900), top);
			await page.getByRole('tab').nth(1).click();
			await page.getByRole('tab').first().click();
			await expect
				.poll(() => page.evaluate((y) => Math.round(window.scrollY - y), top))
				.toBeGreaterThan(850);
		});
	});
}

test('reopening a lesson returns to the last position in each account', async ({ page }) => {
	await page.setViewportSize(LANDSCAPE);
	await open(page, '/lessons/execution-video-2022');
	const left = page.locator('section.source').first();
	const target = left.locator('[id^="p-"]').nth(10);
	const targetId = await target.getAttribute('id');
	const sourceId = await left.getAttribute('data-source');
	await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
	// the position is saved shortly after scrolling stops: reload once it is stored
	await expect
		.poll(async () => {
			const rows = await storedRows<{ lessonId: string; position: Record<string, string> }>(
				page,
				'progress'
			);
			return rows.find((row) => row.lessonId === 'execution-video-2022')?.position[sourceId!];
		})
		.toBe(targetId);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect
		.poll(async () => {
			const [block, column] = await Promise.all([
				page.locator(`#${targetId}`).boundingBox(),
				left.boundingBox()
			]);
			return block && column ? Math.abs(block.y - column.y) < column.height / 2 : false;
		})
		.toBe(true);
});

test.describe('claims', () => {
	test('a quote in landscape scrolls its column to the paragraph and highlights it', async ({
		page
	}) => {
		await page.setViewportSize(LANDSCAPE);
		await open(page, '/lessons/khojaly-1992');
		// the claims table opens from the lesson's toolbar
		await page.getByRole('button', { name: 'Agree & differ' }).click();
		const claims = page.locator('details.claims');
		// a quote from the reader comments, which are not in a column yet
		const cell = claims
			.locator('td[data-label="Reader comments (unverified)"] button.quote')
			.first();
		await cell.click();
		await expect.poll(() => visibleSources(page)).toContain('mammadov-khojaly-comments');
		const flashed = page.locator('#panel-mammadov-khojaly-comments .flash');
		await expect(flashed).toHaveCount(1);
		await expect(flashed).toBeInViewport();
		await expect(flashed).toBeFocused();
	});

	test('a quote on a phone switches to its tab and scrolls to the paragraph', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await open(page, '/lessons/execution-video-2022');
		await page.getByRole('button', { name: 'Agree & differ' }).click();
		const claims = page.locator('details.claims');
		await claims.locator('td[data-label] button.quote').nth(1).click();
		await expect(page.getByRole('tab', { selected: true })).toHaveText(/./);
		const flashed = page.locator('section.source .flash');
		await expect(flashed).toHaveCount(1);
		await expect(flashed).toBeInViewport();
		await page.screenshot({ path: 'test-results/screens/phone-claim-jump.png' });
	});
});

test.describe('glossary', () => {
	test('a term opens its definition by keyboard focus, and Escape closes it', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		await open(page, '/lessons/khojaly-1992');
		const term = page.locator('#panel-mammadov-khojaly button.term').first();
		await term.focus();
		// a tooltip: the definition describes the term, and focus stays on the term
		const popover = page.getByRole('tooltip');
		await expect(popover).toBeVisible();
		await expect(term).toBeFocused();
		const definition = (await popover.locator('p').nth(1).textContent())!;
		expect(definition.length).toBeGreaterThan(10);
		await expect(term).toHaveAccessibleDescription(new RegExp(escapeRegExp(definition.trim())));
		// the page with the tooltip open (the accessibility suite checks it closed)
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		// this definition, with the names each side uses, is taller than the popover: Tab enters it,
		// the keyboard scrolls it, Shift+Tab goes back to the term and Tab again on past it
		await page.keyboard.press('Tab');
		await expect(popover).toBeFocused();
		await page.keyboard.press('End');
		await expect.poll(() => popover.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
		await page.keyboard.press('Shift+Tab');
		await expect(term).toBeFocused();
		await expect(popover).toBeVisible();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		// (the next Tab stop may be the next term, which opens its own definition)
		await expect(term).not.toHaveAttribute('aria-describedby');
		const after = await term.evaluate(
			(el) =>
				document.activeElement !== document.body &&
				!!(el.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING)
		);
		expect(after).toBe(true);
		await term.focus();
		await expect(popover).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(popover).toHaveCount(0);
		await expect(term).toBeFocused();
		await expect(term).not.toHaveAttribute('aria-describedby');
	});

	test('a term opens its definition by touch, with the names each side uses', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, viewport: PORTRAIT, hasTouch: true });
		const page = await context.newPage();
		await open(page, '/lessons/khojaly-1992');
		const term = page.locator('#panel-mammadov-khojaly button.term[data-term="nagorno-karabakh"]');
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		const popover = page.getByRole('tooltip');
		await expect(popover).toBeVisible();
		await expect(popover).toContainText('Nagorno-Karabakh');
		await expect(popover).toContainText('Artsakh');
		await expect(term).toHaveAccessibleDescription(/Artsakh/);
		// the lesson's glossary lists every term too
		await page.getByRole('button', { name: 'Glossary', exact: true }).tap();
		await expect(page.locator('details.glossary dt')).toHaveCount(
			builtPack('khojaly-1992').glossary.length
		);
		await context.close();
	});
});

test('the content note comes before the texts, and once acknowledged becomes a small reminder', async ({
	page
}) => {
	await open(page, '/lessons/khojaly-1992');
	const note = page.getByRole('complementary', { name: 'Before you read' });
	await expect(note).toBeVisible();
	const noteBox = await note.boundingBox();
	const textBox = await page.locator('section.source').first().boundingBox();
	expect(noteBox!.y).toBeLessThan(textBox!.y);
	await note.getByRole('button', { name: 'I understand' }).click();
	await expect(note).toHaveCount(0);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByText(/^Content note:/)).toBeVisible();
	await expect(page.getByRole('complementary', { name: 'Before you read' })).toHaveCount(0);
});
