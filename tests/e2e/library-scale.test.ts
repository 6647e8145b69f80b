import { expect, test, type Page } from '@playwright/test';
import { open } from './support/app';
import { serveLargeCatalog } from './support/large-catalog';

const TOTAL = 5000;
const cards = (page: Page) => page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');

test.describe('a library of 5,000 lessons', () => {
	test.beforeEach(async ({ page }) => {
		await page.setViewportSize({ width: 820, height: 1180 });
	});

	test('renders only the cards in view, scrolls to the last one and keeps Tab order', async ({
		page
	}) => {
		await serveLargeCatalog(page, TOTAL);
		await open(page, '/');
		await expect(page.getByTestId('lesson-count')).toHaveText('5,000 lessons', { timeout: 20_000 });
		const rendered = await cards(page).count();
		expect(rendered).toBeGreaterThan(0);
		expect(rendered).toBeLessThan(40);
		await expect(cards(page).first()).toHaveAttribute('aria-setsize', String(TOTAL));
		await expect(cards(page).first()).toHaveAttribute('aria-posinset', '1');

		// the page is as tall as all 5,000 cards: the end of the list is reachable by scrolling
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(cards(page).last()).toHaveAttribute('aria-posinset', String(TOTAL));
		expect(await cards(page).count()).toBeLessThan(40);
		await expect(cards(page).last().getByRole('link')).toBeInViewport();

		// Tab walks from card to card past the first screen: the next cards are always there
		await page.evaluate(() => window.scrollTo(0, 0));
		await cards(page).first().getByRole('link').focus();
		const focused = page.locator('li:has(a:focus)');
		// one card per Tab; each press waits for the focus to land, as a reader would (under load the
		// grid draws the next cards a moment after the scroll)
		for (let i = 2; i <= 31; i++) {
			await page.keyboard.press('Tab');
			await expect(focused).toHaveAttribute('aria-posinset', String(i));
		}
		await expect(page.locator('a:focus')).toBeInViewport();
	});

	test('filters and sorts thousands of lessons, and keeps the choice on the way back', async ({
		page
	}) => {
		const { realIds } = await serveLargeCatalog(page, TOTAL);
		await open(page, '/');
		await expect(page.getByTestId('lesson-count')).toHaveText('5,000 lessons', { timeout: 20_000 });
		// the real lessons download; the copies' packs do not exist
		await expect(
			page.getByTestId('lesson-state').filter({ hasText: 'Download failed' }).first()
		).toBeVisible({ timeout: 20_000 });

		await page.getByLabel('Topic').selectOption('Synthetic topic 3');
		await expect(page.getByTestId('lesson-count')).toHaveText('Showing 999 of 5,000 lessons');
		await page.getByLabel('Length').selectOption('short');
		// copies 3, 8, 13… with 5 + (i % 30) ≤ 10 minutes
		const shortCount = Array.from({ length: TOTAL - 4 }, (_, i) => i).filter(
			(i) => i % 5 === 3 && 5 + (i % 30) <= 10
		).length;
		await expect(page.getByTestId('lesson-count')).toHaveText(
			`Showing ${shortCount} of 5,000 lessons`
		);
		for (const meta of await page.locator('.meta').allTextContents()) {
			expect(Number(meta.match(/^\s*(\d+) min/)?.[1])).toBeLessThanOrEqual(10);
		}

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.getByLabel('Downloaded').selectOption('stored');
		await expect(page.getByTestId('lesson-count')).toHaveText(
			`Showing ${realIds.length} of 5,000 lessons`,
			{ timeout: 20_000 }
		);
		await expect(page.getByTestId('lesson-state')).toHaveText(realIds.map(() => 'On this device'));

		await page.getByLabel('Downloaded').selectOption('any');
		await page.getByLabel('Sort').selectOption('longest');
		await expect(cards(page).first().locator('.meta')).toContainText('34 min');

		// the real lessons share the one real topic: open the longest, then come back
		await page.getByLabel('Topic').selectOption({ index: 1 });
		const topic = await page.getByLabel('Topic').inputValue();
		expect(topic).not.toMatch(/^Synthetic/);
		await expect(page.getByTestId('lesson-count')).toHaveText(
			`Showing ${realIds.length} of 5,000 lessons`
		);
		const longest = (await cards(page).first().getByRole('link').textContent())!;
		await cards(page).first().getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1, name: longest })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
		await expect(page.getByLabel('Topic')).toHaveValue(topic);
		await expect(page.getByLabel('Sort')).toHaveValue('longest');
		await expect(cards(page).first().getByRole('link')).toHaveText(longest);
	});

	test('says so when no lesson matches, and clears the filters', async ({ page }) => {
		await serveLargeCatalog(page, TOTAL);
		await open(page, '/');
		await expect(page.getByTestId('lesson-count')).toHaveText('5,000 lessons', { timeout: 20_000 });
		await page.getByLabel('Topic').selectOption('Synthetic topic 2');
		await page.getByLabel('Downloaded').selectOption('stored');
		await expect(page.getByTestId('no-match')).toContainText('No lessons match these filters.');
		await page.getByTestId('no-match').getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.getByTestId('lesson-count')).toHaveText('5,000 lessons');
	});
});

test('on a phone the filters fold behind one button, so lessons are on the first screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/');
	const toggle = page.getByRole('button', { name: /^Filter and sort/ });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByLabel('Topic')).toBeHidden();
	await expect(cards(page).first().getByRole('link')).toBeInViewport();

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await page.getByLabel('Length').selectOption('long');
	await expect(toggle).toHaveText('Filter and sort (1 on)');
	await expect(page.getByTestId('lesson-count')).toHaveText(/^Showing \d+ of \d+ lessons$/);
});
