import { expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export type CatalogLesson = { id: string; title: string; summary: string };

export async function readCatalog(page: Page, base: string): Promise<CatalogLesson[]> {
	const response = await page.request.get(`${base}/content/catalog.json`);
	return ((await response.json()) as { lessons: CatalogLesson[] }).lessons;
}

/** A message of the catalogue in a language, to find what the page says in it. */
export const messageIn = (area: string, locale: string, id: string): string =>
	(JSON.parse(readFileSync(`messages/${area}/${locale}.json`, 'utf8')) as Record<string, string>)[
		id
	]!;

/** First visit done: the worker is installed and every lesson is stored on the device (in the
 * interface's language, whichever the page speaks). */
export async function waitUntilOfflineReady(page: Page, lessons: CatalogLesson[]): Promise<void> {
	const locale = (await page.locator('html').getAttribute('lang')) ?? 'en';
	await expect(page.getByText(messageIn('shell', locale, 'shell_ready_offline'))).toBeVisible({
		timeout: 20_000
	});
	const stored = messageIn('library', locale, 'library_state_stored');
	await expect(page.getByTestId('lesson-state').filter({ hasText: stored })).toHaveCount(
		lessons.length,
		{ timeout: 20_000 }
	);
}

/** Opens a lesson from the library and checks its text is there. */
export async function expectLessonReadable(page: Page, lesson: CatalogLesson): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	const sections = page.locator('section.source');
	expect(await sections.count()).toBeGreaterThanOrEqual(2);
	await expect(sections.first().locator('[id^="p-"]').first()).toBeVisible();
}

/** Goes to a page and waits until it responds to input (prerendered pages paint before that). */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The answers stored on the device, read straight from IndexedDB (not through the app). */
export function storedAnswers(
	page: Page
): Promise<{ profileId: string; value: { text?: string } }[]> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('parallax');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('answers').objectStore('answers').getAll();
					all.onsuccess = () => resolve(all.result);
				};
			})
	);
}

/** A tablet that has opened Parallax once: the worker installed and every lesson stored. */
export async function installedDevice(browser: Browser, base: string) {
	const context = await browser.newContext({ baseURL: base, acceptDownloads: true });
	const page = await context.newPage();
	const lessons = await readCatalog(page, base);
	await page.goto('/');
	await waitUntilOfflineReady(page, lessons);
	return { context, page };
}

/**
 * Follows a link of the site's navigation as a student would at any size: in the header's row,
 * or behind "Menu" (on a phone, and on a tablet while a notice has the row; a notice can appear
 * at any moment of a first visit, so this retries until the link is followed).
 */
export async function followNav(page: Page, name: string): Promise<void> {
	const link = page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name, exact: true });
	await expect(async () => {
		if (!(await link.isVisible()))
			await page.getByRole('button', { name: 'Menu' }).click({ timeout: 2000 });
		await link.click({ timeout: 2000 });
	}).toPass({ timeout: 20_000 });
}
