import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntilOfflineReady, type CatalogLesson } from './support/app';
import { launchKillable } from './support/killable-browser';
import { firstOfKind } from './support/questions';
import { serveBuild } from './support/server';
import { storedRows } from './support/stored';

// its own server, so it can be stopped: the relaunch is offline for real
const PORT = 4332;
const LESSON = 'khojaly-1992';
const TYPED = 'Written moments before the browser was killed.';

// the trace recorder follows every browser the test connects to and, after the test, flushes the
// killed one's request context: that failed teardown now and then ("Target … has been closed")
test.use({ trace: 'off' });

test('an answer autosaved moments before the browser is killed is there after a relaunch, offline', async () => {
	test.setTimeout(120_000);
	const profileDir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
	const server = await serveBuild('build', PORT);
	try {
		const first = await launchKillable(profileDir);
		const page = await first.browser.contexts()[0]!.newPage();
		await page.goto(`${server.url}/`);
		// the catalog read from Node, not page.request: that request context would die with the
		// killed browser and fail the test's teardown
		const catalog = (await (await fetch(`${server.url}/content/catalog.json`)).json()) as {
			lessons: CatalogLesson[];
		};
		await waitUntilOfflineReady(page, catalog.lessons);
		await page.setViewportSize({ width: 820, height: 1180 });
		await page.goto(`${server.url}/lessons/${LESSON}#questions`);
		const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
		await firstOfKind(panel, 'Discussion').locator('textarea').click();
		await page.keyboard.type(TYPED);
		// no blur, no pagehide: only the autosave can have written it; killed as soon as it has
		await expect
			.poll(async () =>
				(await storedRows<{ value: { text?: string } }>(page, 'answers')).map((a) => a.value.text)
			)
			.toContain(TYPED);
		await first.kill();
		await server.stop();

		const second = await launchKillable(profileDir);
		const again = await second.browser.contexts()[0]!.newPage();
		await again.setViewportSize({ width: 820, height: 1180 });
		await again.goto(`${server.url}/lessons/${LESSON}#questions`);
		const restored = again.locator('[data-testid="questions-panel"][data-loaded]');
		await expect(firstOfKind(restored, 'Discussion').locator('textarea')).toHaveValue(TYPED);
		await second.kill();
	} finally {
		await server.stop();
		rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});

test('a lesson draft typed moments before the browser is killed is there after a relaunch, offline', async () => {
	test.setTimeout(120_000);
	const profileDir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
	const server = await serveBuild('build', PORT);
	const TITLE = 'A lesson typed just before the battery died';
	try {
		const first = await launchKillable(profileDir);
		const page = await first.browser.contexts()[0]!.newPage();
		await page.goto(`${server.url}/`);
		const catalog = (await (await fetch(`${server.url}/content/catalog.json`)).json()) as {
			lessons: CatalogLesson[];
		};
		await waitUntilOfflineReady(page, catalog.lessons);
		await page.goto(`${server.url}/teach/lessons`);
		await page.getByRole('button', { name: 'Write a new lesson' }).click();
		await page.getByLabel('Title', { exact: true }).first().click();
		await page.keyboard.type(TITLE);
		// no blur, no pagehide: only the autosave can have written it; killed as soon as it has
		await expect
			.poll(async () =>
				(await storedRows<{ title: string }>(page, 'lessonDrafts')).map((d) => d.title)
			)
			.toContain(TITLE);
		await first.kill();
		await server.stop();

		const second = await launchKillable(profileDir);
		const again = await second.browser.contexts()[0]!.newPage();
		await again.goto(`${server.url}/teach/lessons`);
		await again.getByRole('link', { name: TITLE }).click();
		await expect(again.getByLabel('Title', { exact: true }).first()).toHaveValue(TITLE);
		await second.kill();
	} finally {
		await server.stop();
		rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});
