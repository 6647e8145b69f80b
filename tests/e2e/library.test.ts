import { open, readCatalog } from './support/app';
import { expect, test } from '@playwright/test';

test('the library lists the catalog and a lesson opens with its sources', async ({ page }) => {
	const lessons = await readCatalog(page, '');
	expect(lessons.length).toBeGreaterThan(0);

	await open(page, '/');
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	for (const lesson of lessons) {
		await expect(page.getByRole('link', { name: lesson.title })).toBeVisible();
	}

	const first = lessons[0]!;
	await page.getByRole('link', { name: first.title }).click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${first.id}$`));
	await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
	// every perspective of the lesson renders its title and at least one paragraph of text
	const sections = page.locator('section.source');
	expect(await sections.count()).toBeGreaterThanOrEqual(2);
	for (const section of await sections.all()) {
		await expect(section.getByRole('heading', { level: 2 })).toBeAttached();
		await expect(section.locator('p[id^="p-"]').first()).toBeAttached();
	}
});

test('a deep link to a lesson loads directly', async ({ page }) => {
	const lessons = await readCatalog(page, '');
	const lesson = lessons[0]!;
	await open(page, `/lessons/${lesson.id}`);
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
});

test('an unknown lesson shows a clear not-found message', async ({ page }) => {
	await open(page, '/lessons/no-such-lesson');
	await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('no-such-lesson');
});

test('the app requests nothing from any other host', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== 'localhost' && url.protocol !== 'data:') foreign.push(request.url());
	});
	await open(page, '/');
	await page.locator('main').getByRole('link').first().click();
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});

test('every lesson shows text for every account, reader comments as a labelled exhibit', async ({
	page
}) => {
	const lessons = await readCatalog(page, '');
	for (const lesson of lessons) {
		await open(page, `/lessons/${lesson.id}`);
		const sections = page.locator('section.source');
		await expect(sections.first()).toBeVisible();
		for (const section of await sections.all()) {
			await expect(section.locator('[id^="p-"], [id^="c-"]').first()).toBeAttached();
		}
	}
	await open(page, '/lessons/khojaly-1992');
	// with three accounts, a column's chooser brings the reader comments into view
	await page.getByLabel('Right column shows').selectOption('mammadov-khojaly-comments');
	const exhibit = page.locator('details.exhibit');
	await expect(exhibit).toHaveCount(1);
	await expect(exhibit.locator('summary')).toHaveText(/Reader comments \(\d+\) — unverified/);
	// replies stay nested under the comment they answer
	await expect(exhibit.locator('ol.thread ol.thread li').first()).toBeVisible();
});
