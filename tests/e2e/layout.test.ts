// Issue 16, points 5, 7, 9 and 10: the header in one row on a phone, library cards that cut
// nothing, a review page that never scrolls sideways, accounts named alike everywhere, labels
// centred in their buttons, a caption without its photo, one "Page not found", and an add-reader
// form that is empty again after adding.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, readCatalog, waitUntilOfflineReady } from './support/app';
import { expectAccessible } from './support/axe';
import { addProfile } from './support/questions';

const LANDSCAPE = { width: 1180, height: 820 };
const PORTRAIT = { width: 820, height: 1180 };
const PHONE = { width: 390, height: 844 };
const SIZES = [LANDSCAPE, PORTRAIT, PHONE];

const pageWidth = (page: Page) =>
	page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: innerWidth }));

/** Buttons whose label is not centred top to bottom (more than 2 px off). */
function offCentre(page: Page): Promise<string[]> {
	return page.locator('.btn:visible').evaluateAll((buttons) =>
		buttons.flatMap((button) => {
			const box = button.getBoundingClientRect();
			// the label's lines: every visible text in it (words only for screen readers left out)
			const lines: DOMRect[] = [];
			const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
			for (let text = walker.nextNode(); text; text = walker.nextNode()) {
				if (!text.nodeValue?.trim() || text.parentElement?.closest('.visually-hidden')) continue;
				const range = document.createRange();
				range.selectNodeContents(text);
				lines.push(...range.getClientRects());
			}
			if (!lines.length) return [];
			const top = Math.min(...lines.map((r) => r.top));
			const bottom = Math.max(...lines.map((r) => r.bottom));
			const off = (top + bottom) / 2 - (box.top + box.bottom) / 2;
			const label = (button as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
			return Math.abs(off) > 2 ? [`${label}: ${off.toFixed(1)} px`] : [];
		})
	);
}

test('on a phone the header is one row, with the links behind a menu and the status in a word', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	for (const path of ['/', '/lessons/khojaly-1992', '/progress']) {
		await open(page, path);
		const header = page.locator('header.app-header');
		const box = (await header.boundingBox())!;
		expect(box.height, path).toBeLessThanOrEqual(64);
		// every part of it on the one row, inside the screen
		const parts = await header.evaluate((h) =>
			[...h.children]
				.map((c) => c.getBoundingClientRect())
				.filter((r) => r.width > 0 && r.height > 0)
				.map((r) => ({ top: r.top, bottom: r.bottom, right: r.right }))
		);
		expect(Math.max(...parts.map((p) => p.top))).toBeLessThan(
			Math.min(...parts.map((p) => p.bottom))
		);
		expect(Math.max(...parts.map((p) => p.right))).toBeLessThanOrEqual(PHONE.width);
		await expect(header.getByText('Online', { exact: true })).toBeVisible();
		expect((await pageWidth(page)).document).toBeLessThanOrEqual(PHONE.width);
	}

	// the links are one tap away, and the menu closes once one is followed
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Library' })).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(nav.getByRole('link')).toHaveText(['Library', 'Progress', 'Teach', 'Settings']);
	await expectAccessible(page, 'phone menu open');
	await nav.getByRole('link', { name: 'Teach' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	await expect(nav).toBeHidden();

	// out of reach of the library: still a word beside the dot, the whole sentence for screen readers
	await page.context().setOffline(true);
	const status = page.getByRole('status').filter({ hasText: /reach the library/ });
	await expect(status).toBeAttached();
	const shown = await status.evaluate((s) => ({
		after: getComputedStyle(s, '::after').content,
		width: s.getBoundingClientRect().width
	}));
	expect(shown.after).toContain('Offline');
	expect(shown.width).toBeGreaterThan(40);
	await page.context().setOffline(false);

	// wider screens keep the links in the row, and no menu button: the next test
});

test('on a tablet a notice takes the links’ place in the row: it covers nothing and moves nothing', async ({
	page
}) => {
	await page.setViewportSize(PORTRAIT);
	await open(page, '/');
	const header = page.locator('header.app-header');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const heading = page.getByRole('heading', { level: 1 });
	const headingTop = (await heading.boundingBox())!.y;
	// the first install says so once the app's files are stored
	const notice = page.getByText('Ready to work offline.');
	await expect(notice).toBeVisible({ timeout: 20_000 });
	expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
	expect((await heading.boundingBox())!.y).toBe(headingTop);
	// the links fold into the menu meanwhile, one tap away
	await expect(nav.getByRole('link', { name: 'Library' })).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(nav.getByRole('link')).toHaveText(['Library', 'Progress', 'Teach', 'Settings']);
	await expectAccessible(page, 'tablet menu beside a notice');
	await page.keyboard.press('Escape');
	// dismissed: the links are back in the row, and no menu button
	await page.getByRole('button', { name: 'OK' }).click();
	await expect(notice).toBeHidden();
	await expect(nav.getByRole('link', { name: 'Library' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
	expect((await heading.boundingBox())!.y).toBe(headingTop);
});

test('on the narrowest tablet the first visit’s notices keep the header one row, the count and the name whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 600, height: 900 });
	// packs arrive slowly, so the saving notice stays long enough to measure
	await page.route('**/content/packs/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await open(page, '/');
	const header = page.locator('header.app-header');
	const count = page.locator('.notice .count');
	await expect(count).toHaveText(/^\d+ of \d+$/, { timeout: 20_000 });
	const whole = (selector: string) =>
		page.locator(selector).evaluate((el) => el.scrollWidth <= el.clientWidth);
	expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
	expect(await whole('.notice .count')).toBe(true);
	expect(await whole('.profile-button .name')).toBe(true);
	const width = await pageWidth(page);
	expect(width.document).toBeLessThanOrEqual(width.viewport);
	// one notice at a time: "ready" only once the lessons are saved too
	await expect(page.getByText('Ready to work offline.')).toBeHidden();
	await expect(page.getByText('Ready to work offline.')).toBeVisible({ timeout: 30_000 });
	await expect(count).toBeHidden();
	expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
	expect(await whole('.profile-button .name')).toBe(true);
});

test('library cards show whole titles and details at every size', async ({ page }) => {
	for (const size of SIZES) {
		await page.setViewportSize(size);
		await open(page, '/');
		const cards = page.locator('article.card');
		await expect(cards.first()).toBeVisible();
		const cut = await cards.evaluateAll((all) =>
			all.flatMap((card) =>
				[...card.querySelectorAll('h3 a, .meta, .sources')]
					.filter(
						(part) =>
							part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1
					)
					.map((part) => part.textContent!.trim())
			)
		);
		expect(cut, `${size.width}×${size.height}`).toEqual([]);
		await expect(cards.first().locator('.sources')).toContainText(/^\d+ accounts: /);
		expect(await offCentre(page), `${size.width}`).toEqual([]);
		await expectAccessible(page, `library ${size.width}`);
	}
});

test('every account has one name: tabs, pickers, claims headings and "show in" links', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await open(page, '/lessons/khojaly-1992');
	const tabs = await page.getByRole('tab').allInnerTexts();
	expect(tabs).toHaveLength(3);
	expect(tabs[2]).toBe('Reader comments (unverified)');
	// who speaks, then a short title: "Rashad Mammadov: Massacre haunts divided Caucasus…"
	for (const tab of tabs.slice(0, 2)) expect(tab).toMatch(/^[^:]+: \S/);

	await page.setViewportSize(LANDSCAPE);
	const options = await page.locator('select').first().locator('option').allInnerTexts();
	expect(options).toEqual(tabs);

	// the claims table: behind the lesson's "Agree & differ" where there is one, in a fold
	const agree = page.getByRole('button', { name: /agree/i });
	if (await agree.count()) await agree.first().click();
	const claims = page.locator('details.claims');
	await claims.evaluate((fold) => ((fold as HTMLDetailsElement).open = true));
	const table = claims.locator('table');
	await expect(table).toBeAttached();
	const headings = await table.locator('thead th').allTextContents();
	expect(headings.slice(1)).toEqual(tabs);
	const links = await table.locator('button.quote .visually-hidden').allTextContents();
	for (const link of links) expect(tabs.map((t) => `— show in ${t}`)).toContain(link.trim());
	// a quote that is itself a quotation is not quoted twice
	for (const quote of await table.locator('button.quote').allTextContents())
		expect(quote).not.toMatch(/““|””/);
	for (const quote of await table.locator('button.quote').allTextContents())
		expect(quote).toMatch(/^“/);
});

test('labels sit in the middle of their buttons; a caption says the article had a photo there', async ({
	page
}) => {
	for (const size of SIZES) {
		await page.setViewportSize(size);
		await open(page, '/lessons/khojaly-1992');
		expect(await offCentre(page), `lesson ${size.width}`).toEqual([]);
		const questions = page.getByRole('button', { name: 'Questions', exact: true });
		if (await questions.isVisible()) {
			await questions.click();
			await expect(page.locator('[data-testid="questions-panel"][data-loaded]')).toBeVisible();
			expect(await offCentre(page), `lesson with questions ${size.width}`).toEqual([]);
		}
	}
	const caption = page.locator('p.caption').first();
	await caption.scrollIntoViewIfNeeded();
	const before = await caption.evaluate((p) => getComputedStyle(p, '::before').content);
	expect(before).toContain('The article had a photo here');
});

test('an unknown address says "Page not found", the same way every time', async ({ page }) => {
	for (const [path, says] of [
		['/no/such/page', '/no/such/page'],
		['/lessons/no-such-lesson', 'no-such-lesson']
	] as const) {
		for (const size of SIZES) {
			await page.setViewportSize(size);
			await open(page, path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page).toHaveTitle('Page not found · Parallax');
			await expect(page.getByRole('alert')).toContainText(says);
			await expect(page.locator('main')).not.toContainText(/Not Found|Not found/);
			await expectAccessible(page, `${path} ${size.width}`);
		}
	}
});

test('the add-reader form is empty again once a reader is added', async ({ page }) => {
	await open(page, '/profiles');
	const form = page.getByRole('region', { name: 'Add a reader' });
	await addProfile(page, 'Amira');
	await expect(form.getByLabel('Name')).toHaveValue('');
	await addProfile(page, 'Bruno');
	await expect(form.getByLabel('Name')).toHaveValue('');
	await expect(page.getByRole('listitem').filter({ hasText: 'Amira' })).toHaveCount(1);
});

/** Hands in on the assignment's page under `name`; returns the file. */
async function handIn(page: Page, assignmentId: string, name: string) {
	await open(page, `/assignments/${assignmentId}`);
	const field = page.getByLabel('Your name');
	if ((await field.inputValue()) !== name) await field.fill(name);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Hand in/ }).click();
	const file: Download = await download;
	return {
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: readFileSync((await file.path())!)
	};
}

test('the review page never scrolls sideways: the class grid scrolls in its own box', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ baseURL, acceptDownloads: true, viewport: LANDSCAPE });
	const page = await context.newPage();
	await page.goto('/');
	await waitUntilOfflineReady(page, await readCatalog(page, baseURL!));
	// an assignment with many questions, handed in on this same tablet
	await open(page, '/teach/new');
	await page.getByLabel('Title').fill('Two lessons');
	await page.getByTestId('include-khojaly-1992').check();
	await page.getByTestId('include-news-opinion-comments').check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByTestId('assignment-link')).toBeVisible();
	const review = new URL(page.url()).pathname;
	const assignmentId = review.split('/').pop()!;
	await page.goto(await page.getByTestId('assignment-link').inputValue());
	await page.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(page.getByTestId('assignment-status')).toBeVisible();
	const file = await handIn(page, assignmentId, 'Amira K.');
	await open(page, review);
	await page.getByTestId('import-hand-ins').setInputFiles(file);
	const grid = page.getByTestId('review-grid');
	await expect(grid).toContainText('Amira K.');

	for (const size of SIZES) {
		await page.setViewportSize(size);
		const { document, viewport } = await pageWidth(page);
		expect(document, `${size.width}×${size.height}`).toBeLessThanOrEqual(viewport);
		// the grid is wider than the screen, and scrolls inside its own box
		const scroller = grid.getByRole('region');
		const inside = await scroller.evaluate((s) => ({ scroll: s.scrollWidth, box: s.clientWidth }));
		expect(inside.scroll).toBeGreaterThan(inside.box);
		await expectAccessible(page, `review ${size.width}`);
	}
	await context.close();
});

test('on a portrait tablet in Armenian, whose links are long, the header keeps one row and the reader’s name whole: the links are in the menu', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({
		baseURL,
		locale: 'hy-AM',
		viewport: { width: 820, height: 1180 }
	});
	const page = await context.newPage();
	for (const path of ['/settings', '/lessons/khojaly-1992']) {
		await open(page, path);
		const header = page.locator('header.app-header');
		expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(64);
		// the name is not cut: its text fits its box
		const name = header.locator('.profile-button .name');
		expect(await name.evaluate((n) => n.scrollWidth - n.clientWidth), path).toBeLessThanOrEqual(0);
		await expect(page.getByRole('navigation').getByRole('link').first()).toBeHidden();
	}
	await page.locator('.menu-button').click();
	await expect(page.getByRole('navigation').getByRole('link').first()).toBeVisible();
	await context.close();
});
