// Writing a lesson in the editor as a teacher does: two pasted accounts, and quotes picked by
// selecting words in them.
import { expect, type Locator, type Page } from '@playwright/test';
import { selectWords } from './annotations';

export const REPORT = `The column was stopped near the corridor on 5 March.

Three police officers were killed, the ministry said. Witnesses disagreed about who fired first.`;
export const STATEMENT = `Officials in the other capital called the report "a fabrication".

They said their soldiers had answered fire from the column.`;

async function fillSource(source: Locator, fields: Record<string, string>, original: string) {
	for (const [label, value] of Object.entries(fields)) {
		await source.getByLabel(label, { exact: false }).first().fill(value);
	}
	await source.getByTestId('source-original').fill(original);
}

export async function writeLesson(page: Page) {
	await page.getByLabel('Lesson id').fill('corridor-shooting-9b');
	await page
		.getByLabel('Title', { exact: true })
		.first()
		.fill('The corridor shooting, two accounts');
	await page.getByLabel(/^Summary/).fill('Two accounts of one shooting near the corridor.');
	await page.getByLabel('Topic').fill('Lachin corridor');
	await page.getByLabel(/^Content note/).fill('This lesson describes killings.');
	await page
		.getByLabel(/^Balance note/)
		.fill('The lesson has one account from each side and none from an independent observer.');
	await page.getByLabel(/^Teacher guide/).fill('Read both accounts before the lesson.');
	const sources = page.locator('ol.sources > li');
	await fillSource(
		sources.nth(0),
		{ Id: 'report-a', 'Date ': '2023-03', Provenance: 'A news report from one side’s press.' },
		REPORT
	);
	await sources.nth(0).getByLabel('Title', { exact: true }).fill('Three officers killed');
	await fillSource(
		sources.nth(1),
		{
			Id: 'statement-b',
			'Date ': '2023-03-06',
			Provenance: 'A statement by the other side’s officials.'
		},
		STATEMENT
	);
	await sources.nth(1).getByLabel('Title', { exact: true }).fill('A fabrication, officials say');
}

/** Opens an account's text under a claims cell, selects `words` in it and takes them. */
export async function pickQuote(cell: Locator, account: string, words: string): Promise<void> {
	const picker = cell.locator('details.picker').filter({ hasText: `Pick from ${account}` });
	await picker.locator('summary').click();
	const region = picker.getByRole('region', { name: `Text of ${account}` });
	await selectWords(region, words);
	await picker.getByRole('button', { name: 'Use the selected words' }).click();
	await expect(cell.getByTestId('claim-quote')).toHaveValue(words);
}
