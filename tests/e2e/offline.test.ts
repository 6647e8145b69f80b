import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { expectLessonReadable, followNav, readCatalog, waitUntilOfflineReady } from './support/app';
import { buildVariant } from './support/build-variant';
import { serveBuild, type RunningServer } from './support/server';

// these tests run their own server on their own port, so they can stop it: a real offline
const PORT = 4331;
let server: RunningServer | undefined;

/** A first visit on the build: the worker installed and every lesson stored on the device. */
async function firstVisit(browser: Browser) {
	server = await serveBuild('build', PORT);
	const context = await browser.newContext({ baseURL: server.url });
	const page = await context.newPage();
	const lessons = await readCatalog(page, server.url);
	await page.goto('/');
	await waitUntilOfflineReady(page, lessons);
	return { context, page, lessons };
}

/** Really offline: the server is gone, and the browser says so too. */
async function goOffline(context: BrowserContext) {
	await server?.stop();
	server = undefined;
	await context.setOffline(true);
}

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

test('after one visit, with the server stopped, the library and every lesson open', async ({
	browser
}) => {
	const { context, page, lessons } = await firstVisit(browser);

	await goOffline(context);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: /reach the library/ })).toBeVisible();
	for (const lesson of lessons) {
		await page.getByRole('link', { name: lesson.title }).click();
		await expectLessonReadable(page, lesson);
		await followNav(page, 'Library');
		await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	}
	await context.close();
});

test('with the network up but the library host gone, the header says the library cannot be reached', async ({
	browser
}) => {
	const { context, page } = await firstVisit(browser);
	await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
	// the host is gone, the browser still believes it is online: navigator.onLine alone said "Online"
	await server?.stop();
	server = undefined;
	await page.reload();
	expect(await page.evaluate(() => navigator.onLine)).toBe(true);
	await expect(page.getByRole('status').filter({ hasText: /reach the library/ })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Online' })).toHaveCount(0);
	await context.close();
});

test('a deep link to a lesson opens for the first time with the server stopped', async ({
	browser
}) => {
	const { context, lessons } = await firstVisit(browser);
	await goOffline(context);

	const lesson = lessons.at(-1)!;
	const deep = await context.newPage();
	await deep.goto(`/lessons/${lesson.id}`);
	await expectLessonReadable(deep, lesson);
	await context.close();
});

test.describe('an update to a new version', () => {
	let variant: ReturnType<typeof buildVariant> | undefined;
	const changedSummary = 'Build B changed this summary to prove the new version arrived.';

	test.beforeAll(() => {
		test.setTimeout(180_000);
		variant = buildVariant('khojaly-1992', changedSummary);
	});
	test.afterAll(() => variant?.cleanup());

	test('waits for the user, then shows the changed lesson with earlier answers intact', async ({
		browser
	}) => {
		const { context, page } = await firstVisit(browser);
		await page.getByRole('button', { name: 'OK' }).click();
		// a later visit: now the page is controlled by build A's worker
		await page.reload();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

		// an answer saved by build A, straight into IndexedDB
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('parallax');
					open.onsuccess = () => {
						const tx = open.result.transaction('answers', 'readwrite');
						tx.objectStore('answers').put({
							profileId: 'p1',
							lessonId: 'khojaly-1992',
							questionId: 'q',
							value: { kind: 'text', text: 'Written before the update' },
							updatedAt: Date.now()
						});
						tx.oncomplete = () => {
							open.result.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
					};
				})
		);

		await server?.stop();
		server = await serveBuild(variant!.dir, PORT);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const reload = page.getByRole('button', { name: 'Reload' });
		await expect(reload).toBeVisible({ timeout: 20_000 });
		// the new version waits: nothing reloads under the user
		await page.waitForTimeout(500);
		await expect(reload).toBeVisible();

		await Promise.all([page.waitForEvent('load'), reload.click()]);
		await expect(page.getByText(changedSummary)).toBeVisible({ timeout: 20_000 });
		const kept = await page.evaluate(
			() =>
				new Promise<unknown>((resolve) => {
					const open = indexedDB.open('parallax');
					open.onsuccess = () => {
						const get = open.result
							.transaction('answers')
							.objectStore('answers')
							.get(['p1', 'khojaly-1992', 'q']);
						get.onsuccess = () => resolve(get.result?.value?.text);
					};
				})
		);
		expect(kept).toBe('Written before the update');
		await context.close();
	});
});
