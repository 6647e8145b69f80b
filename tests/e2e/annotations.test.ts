// Issue 19: highlights and notes made while reading, by selecting words in an account, are kept
// like answers: there, in the right place, after the browser is killed and relaunched offline.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectWords as select } from './support/annotations';
import { waitUntilOfflineReady, type CatalogLesson } from './support/app';
import { launchKillable } from './support/killable-browser';
import { flat, pdfLines } from './support/pdf-text';
import { serveBuild } from './support/server';

const PORT = 4338;
const LESSON = 'khojaly-1992';
const FIRST = 'Armenia denies the charge.';
const SECOND = 'marks the thirty-second anniversary';
const NOTE = 'Whose count is this?';

test.use({ trace: 'off' });

async function openLesson(page: Page, base: string) {
	await page.setViewportSize({ width: 1180, height: 820 });
	await page.goto(`${base}/lessons/${LESSON}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return page.locator('section.source');
}

test('a highlight in one account and a note on another survive a killed browser, offline', async () => {
	test.setTimeout(120_000);
	const profileDir = mkdtempSync(join(tmpdir(), 'parallax-annotations-'));
	const server = await serveBuild('build', PORT);
	try {
		const first = await launchKillable(profileDir);
		const page = await first.browser.contexts()[0]!.newPage();
		await page.goto(`${server.url}/`);
		const catalog = (await (await fetch(`${server.url}/content/catalog.json`)).json()) as {
			lessons: CatalogLesson[];
		};
		await waitUntilOfflineReady(page, catalog.lessons);
		const accounts = await openLesson(page, server.url);

		await select(accounts.nth(0), FIRST);
		const toolbar = page.getByTestId('annotation-toolbar');
		await toolbar.getByRole('button', { name: 'Evidence' }).click();
		await expect(accounts.nth(0).locator('mark[data-kind="evidence"]')).toHaveText(FIRST);

		await select(accounts.nth(1), SECOND);
		await toolbar.getByRole('button', { name: 'Add note' }).click();
		const note = page.getByRole('textbox', { name: 'Note' }).last();
		await expect(note).toBeFocused();
		await page.keyboard.type(NOTE);
		await page.waitForTimeout(1_500);
		await first.kill();
		await server.stop();

		const second = await launchKillable(profileDir);
		const again = await second.browser.contexts()[0]!.newPage();
		const restored = await openLesson(again, server.url);
		await expect(restored.nth(0).locator('mark[data-kind="evidence"]')).toHaveText(FIRST);
		await expect(restored.nth(1).locator('mark[data-kind="note"]')).toHaveText(SECOND);
		const list = again.getByTestId('annotation-list');
		await expect(list.locator('li')).toHaveCount(2);
		await expect(list.getByRole('textbox', { name: 'Note' }).last()).toHaveValue(NOTE);
		await expect(list.locator('li[data-placed="no"]')).toHaveCount(0);

		// on paper: the marked words and the note, no text box or button
		await again.emulateMedia({ media: 'print' });
		const printed = flat((await pdfLines(await again.pdf({ format: 'Letter' }))).join(' '));
		expect(printed).toContain(flat(`Note: ${NOTE}`));
		expect(printed).toContain('Your highlights and notes (2)');
		expect(printed).not.toContain('Show in the text');
		expect(printed).not.toContain('Remove');
		await again.emulateMedia({ media: 'screen' });

		const results = await new AxeBuilder({ page: again }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		await second.kill();
	} finally {
		await server.stop();
		rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});
