import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { followNav, readCatalog, waitUntilOfflineReady } from './support/app';

test('Chrome finds the app installable: manifest, icons and a worker that handles fetches', async ({
	baseURL
}) => {
	// installability is never granted to incognito contexts: use a real profile directory
	const profile = mkdtempSync(join(tmpdir(), 'parallax-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		baseURL
	});
	try {
		const page = await context.newPage();
		const lessons = await readCatalog(page, baseURL!);
		await page.goto('/');
		await waitUntilOfflineReady(page, lessons);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(installabilityErrors).toEqual([]);
		const manifest = await (await page.request.get('/manifest.webmanifest')).json();
		expect(manifest).toMatchObject({ display: 'standalone', theme_color: '#1f5f8b' });
		expect(
			manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)
		).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('a newer database version in another tab closes ours and asks to reload', async ({
	page,
	context,
	baseURL
}) => {
	const lessons = await readCatalog(page, baseURL!);
	await page.goto('/');
	await waitUntilOfflineReady(page, lessons);
	const other = await context.newPage();
	await other.goto('/settings');
	// the other tab upgrades the schema far past ours
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('parallax', 10_000);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	await expect(page.getByRole('alert').filter({ hasText: 'updated in another tab' })).toBeVisible();
});

test('settings show storage and remove a downloaded lesson that has no answers', async ({
	page,
	baseURL
}) => {
	const lessons = await readCatalog(page, baseURL!);
	await page.goto('/');
	await waitUntilOfflineReady(page, lessons);
	await followNav(page, 'Settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByTestId('usage')).toHaveText(/\d+(\.\d)? (bytes?|kB|MB|GB)/);
	await expect(page.getByTestId('quota')).toHaveText(/\d+(\.\d)? (bytes?|kB|MB|GB|TB)/);
	await expect(page.getByTestId('persisted')).not.toBeEmpty();

	const first = [...lessons].sort((a, b) => a.title.localeCompare(b.title))[0]!;
	await page.getByRole('button', { name: `Remove ${first.title}` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toContainText(first.title);
	await expect(page.getByRole('button', { name: `Remove ${first.title}` })).toHaveCount(0);
	await followNav(page, 'Library');
	await expect(
		page.getByTestId('lesson-state').filter({ hasText: 'Not yet downloaded' })
	).toHaveCount(1);
});
