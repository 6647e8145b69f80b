// Issue 20: each language's messages are files of their own (scripts/vite/messages-by-locale.ts);
// the worker stores them with the app, so a tablet in Armenian or Russian works offline in it.
import { expect, test } from '@playwright/test';
import { open, readCatalog, waitUntilOfflineReady } from './support/app';
import { serveBuild, type RunningServer } from './support/server';

const PORT = 4353;
let server: RunningServer | undefined;

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

for (const { device, locale, library, settings } of [
	{ device: 'hy-AM', locale: 'hy', library: 'Գրադարան', settings: 'Կարգավորումներ' },
	{ device: 'ru-RU', locale: 'ru', library: 'Библиотека', settings: 'Настройки' }
]) {
	test(`in ${locale}, with the server stopped, the library, a lesson and the settings speak it`, async ({
		browser
	}) => {
		server = await serveBuild('build', PORT);
		const context = await browser.newContext({ baseURL: server.url, locale: device });
		const page = await context.newPage();
		const lessons = await readCatalog(page, server.url);
		await page.goto('/');
		await waitUntilOfflineReady(page, lessons);
		await server.stop();
		server = undefined;
		await context.setOffline(true);

		const nav = page.getByRole('navigation').getByRole('link');
		// pages never opened online: their code and their messages come from the worker's store
		for (const path of ['/', `/lessons/${lessons[0]!.id}`, '/settings']) {
			await open(page, path);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(nav.first()).toHaveText(library);
		}
		await expect(page.locator('h1')).toHaveText(settings);
		await context.close();
	});
}
