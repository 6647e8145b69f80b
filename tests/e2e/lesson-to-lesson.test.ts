// A link from one lesson to another (the same page, only [id] changes): the second lesson gets its
// own reader and answers, so nothing typed in it is saved under the first.
import { expect, test } from '@playwright/test';
import { expectSaved, firstOfKind, openQuestions } from './support/questions';
import { storedRows } from './support/stored';

const FIRST = 'khojaly-1992';
const SECOND = 'lachin-corridor-2023';

type StoredAnswer = { lessonId: string; questionId: string; value: { text?: string } };

test('answers given after a link from one lesson to another are stored under each lesson', async ({
	page
}) => {
	const panel = await openQuestions(page, FIRST);
	await firstOfKind(panel, 'Discussion').locator('textarea').fill('Written in the first lesson.');
	await expectSaved(panel);

	// an in-app link, as a teacher's note or a later lesson would hold: the router reuses the page
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href, textContent: 'Next lesson' });
		link.dataset.testid = 'next-lesson';
		document.querySelector('main')!.prepend(link);
	}, `/lessons/${SECOND}#questions`);
	const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
	await page.getByTestId('next-lesson').click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${SECOND}`));
	// a client-side navigation: still the same document
	expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Khojaly/);

	const second = page.locator('[data-testid="questions-panel"][data-loaded]');
	const box = second.locator('article[data-question] textarea').first();
	// the second lesson starts empty, not with the first lesson's answer
	await expect(box).toHaveValue('');
	await box.fill('Written in the second lesson.');
	await expectSaved(second);

	await expect.poll(async () => (await storedRows<StoredAnswer>(page, 'answers')).length).toBe(2);
	const stored = await storedRows<StoredAnswer>(page, 'answers');
	const byText = new Map(stored.map((row) => [row.value.text, row.lessonId]));
	expect(byText.get('Written in the first lesson.')).toBe(FIRST);
	expect(byText.get('Written in the second lesson.')).toBe(SECOND);

	// and after a reload each lesson shows its own answer
	await page.reload();
	await expect(
		page
			.locator('[data-testid="questions-panel"][data-loaded] article[data-question] textarea')
			.first()
	).toHaveValue('Written in the second lesson.');
	const again = await openQuestions(page, FIRST);
	await expect(firstOfKind(again, 'Discussion').locator('textarea')).toHaveValue(
		'Written in the first lesson.'
	);
});
