import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, storedAnswers } from './support/app';
import { expectSaved, firstOfKind, openQuestions } from './support/questions';

test('a backup file restores answers on another device; a damaged file is refused and changes nothing', async ({
	page,
	browser,
	baseURL
}) => {
	const panel = await openQuestions(page, 'khojaly-1992');
	await firstOfKind(panel, 'Discussion').locator('textarea').fill('Kept in the backup.');
	await expectSaved(panel);

	await open(page, '/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup file' }).click();
	const file = await (await download).path();
	const text = readFileSync(file, 'utf8');
	expect((await download).suggestedFilename()).toMatch(/^parallax-backup-\d{4}-\d{2}-\d{2}\.json$/);
	expect(text).toContain('Kept in the backup.');

	// another device: a damaged copy first, then the real file
	const other = await browser.newContext({ baseURL });
	const tablet = await other.newPage();
	await open(tablet, '/settings');
	const input = tablet.getByLabel('Import a backup file');
	await input.setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2)))
	});
	await expect(tablet.getByTestId('backup-message')).toContainText(
		'cut.json was not imported. The file is damaged or incomplete'
	);
	await input.setInputFiles({
		name: 'wrong.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...JSON.parse(text), version: 99 }))
	});
	await expect(tablet.getByTestId('backup-message')).toContainText('newer version of Parallax');

	expect(await storedAnswers(tablet)).toHaveLength(0);

	await input.setInputFiles({
		name: 'good.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(tablet.getByTestId('backup-message')).toContainText('Imported good.json');
	const restored = await openQuestions(tablet, 'khojaly-1992');
	await expect(firstOfKind(restored, 'Discussion').locator('textarea')).toHaveValue(
		'Kept in the backup.'
	);
	await other.close();
});
