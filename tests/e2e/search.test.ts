import { expect, test, type Page } from '@playwright/test';
import { open, readCatalog, waitUntilOfflineReady } from './support/app';
import { serveLargeCatalog } from './support/large-catalog';
import { expectAccessible } from './support/axe';
import { serveBuild, type RunningServer } from './support/server';

// its own server, so the search runs with the server really gone
const PORT = 4334;
let server: RunningServer | undefined;

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function search(page: Page, query: string) {
	await page.getByLabel('Search all lessons').fill(query);
	const results = page.getByTestId('search-results');
	await expect(results.getByRole('status')).toContainText(`match “${query}”`, { timeout: 20_000 });
	return results;
}

test('offline search finds typos and prefixes and opens the lesson at the matching passage', async ({
	browser
}) => {
	server = await serveBuild('build', PORT);
	const context = await browser.newContext({ baseURL: server.url });
	const page = await context.newPage();
	await page.setViewportSize({ width: 820, height: 1180 });
	const lessons = await readCatalog(page, server.url);
	await page.goto('/');
	await waitUntilOfflineReady(page, lessons);

	await server.stop();
	server = undefined;
	await context.setOffline(true);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// a misspelt name finds the lesson about it, title first
	let results = await search(page, 'Khojali');
	await expect(results.getByTestId('search-lesson').first().getByRole('heading')).toHaveText(
		'Khojaly, February 1992'
	);
	await expect(results.locator('mark').first()).toHaveText(/^Khojaly$/i);
	await expectAccessible(page, 'search results');

	// the start of a word finds passages in the articles, with the words marked
	results = await search(page, 'mutilat');
	const passage = results.getByTestId('search-hit').filter({ hasText: /^In “/ }).first();
	await expect(passage.locator('mark').first()).toHaveText(/^mutilat/i);
	const marked = (await passage.locator('.snippet').textContent())!.replace(/^…|…$/g, '').trim();
	const href = (await passage.getAttribute('href'))!;
	const blockId = href.split('#')[1]!;
	expect(blockId).toMatch(/^[pc]-/);
	await passage.click();
	await expect(page).toHaveURL(new RegExp(`#${blockId}$`));
	const target = page.locator(`[id="${blockId}"]`);
	await expect(target).toBeInViewport();
	await expect(target).toBeFocused();
	// the snippet is the paragraph's own text
	expect((await target.textContent())!.replace(/\s+/g, ' ')).toContain(
		marked.replace(/\s+/g, ' ').slice(0, 60)
	);

	// a glossary hit opens the folded glossary at its term
	await page.goBack();
	results = await search(page, 'ethnic cleansing');
	const term = results
		.getByTestId('search-hit')
		.filter({ hasText: /^Glossary: ethnic cleansing/ })
		.first();
	await term.click();
	await expect(page).toHaveURL(/#glossary-/);
	await expect(page.locator('details.glossary')).toHaveAttribute('open', '');
	await expect(page.locator('dt:focus')).toHaveText('ethnic cleansing');
	await expect(page.locator('dt:focus')).toBeInViewport();

	// nothing found says so; Escape clears and the library is back
	await page.goBack();
	results = await search(page, 'zxqvbnm');
	await expect(results.getByRole('status')).toHaveText('No lessons match “zxqvbnm”.');
	await page.getByLabel('Search all lessons').press('Escape');
	await expect(page.getByTestId('search-results')).toHaveCount(0);
	await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible();
	await context.close();
});

test('lessons not yet downloaded are found by title and summary, and say so', async ({ page }) => {
	await serveLargeCatalog(page, 5000);
	await open(page, '/');
	await expect(page.getByTestId('lesson-count')).toHaveText('5,000 lessons', { timeout: 20_000 });
	await expectAccessible(page, 'library of 5,000 lessons');
	const results = await search(page, 'copy 4242');
	const first = results.getByTestId('search-lesson').first();
	await expect(first.getByRole('heading')).toContainText('(copy 4242)');
	await expect(first).toContainText('Not on this device yet');
	// "copy" is in every copied title: ten at a time, more on request
	await expect(results.getByTestId('search-lesson')).toHaveCount(10);
	await results.getByRole('button', { name: 'Show 10 more' }).click();
	await expect(results.getByTestId('search-lesson')).toHaveCount(20);
	await expect(results.getByTestId('search-lesson').first().getByRole('heading')).toContainText(
		'(copy 4242)'
	);
});
