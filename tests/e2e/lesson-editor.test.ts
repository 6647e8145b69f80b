import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open, storedAnswers } from './support/app';
import { writeLesson } from './support/lesson-editor';

test('a teacher writes a lesson on the tablet: quotes are checked as typed, and it opens in the reader', async ({
	page
}) => {
	await open(page, '/teach/lessons');
	await page.getByRole('button', { name: 'Write a new lesson' }).click();
	await expect(page.getByTestId('lesson-editor')).toBeVisible();
	await writeLesson(page);

	// a point, each account's words: a near quote is shown with what differs, and never verified
	await page.getByRole('button', { name: 'Add a point' }).click();
	await page.getByLabel(/^Point 1/).fill('Who fired first?');
	const quotes = page.getByTestId('claim-quote');
	await quotes.nth(0).fill('Witnesses agreed about who fired first.');
	const claim = page.locator('ol.claims > li').first();
	await expect(claim.locator('[data-state="near"]')).toContainText('Not verified');
	await expect(claim.locator('del')).toContainText('agreed');
	await expect(claim.locator('ins')).toContainText('disagreed');
	await quotes.nth(0).fill('Witnesses disagreed about who fired first.');
	await expect(claim.locator('[data-state="exact"]')).toHaveCount(1);
	await quotes.nth(1).fill('answered fire from the column');

	// nothing typed is lost: after a reload the draft is there as it was
	await expect(page.getByTestId('draft-saving')).toHaveAttribute('data-state', 'saved');
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Lesson id')).toHaveValue('corridor-shooting-9b');
	await expect(page.getByTestId('claim-quote').nth(1)).toHaveValue('answered fire from the column');

	// questions, then the checks every library lesson passes
	await page.getByLabel('New question').selectOption('short-answer');
	await page.getByRole('button', { name: 'Add the question' }).click();
	await page.getByTestId('question-prompt').first().fill('Whom does report A cite for the deaths?');
	await page.getByRole('button', { name: 'Check and publish' }).click();
	const result = page.getByTestId('publish-result');
	await expect(result).toContainText('Nothing was published');
	await expect(result).toContainText('Question 1');
	await page.getByLabel('Model answer').fill('The ministry.');

	// the real reader over the draft: answers tried there are kept apart, and gone once it closes
	await page.getByRole('button', { name: 'Preview in the reader' }).click();
	await expect(page.getByTestId('preview-bar')).toContainText('It is not published');
	await expect(
		page.getByRole('heading', { level: 1, name: 'The corridor shooting, two accounts' })
	).toBeVisible();
	await expect(page.locator('section.source').first()).toContainText('Three police officers');
	await page.getByRole('button', { name: 'Questions', exact: true }).click();
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await panel.locator('article[data-question] textarea').first().fill('The ministry, it says.');
	await expect(panel.getByText('Saved on this device')).toBeVisible();
	const tried = (await storedAnswers(page)) as { lessonId?: string }[];
	expect(tried.map((a) => a.lessonId)).toEqual([expect.stringMatching(/^preview--/)]);
	await page.getByRole('link', { name: 'Back to the editor' }).click();
	await expect(page.getByLabel('Model answer')).toHaveValue('The ministry.');
	await expect.poll(async () => (await storedAnswers(page)).length).toBe(0);

	await page.getByRole('button', { name: 'Check and publish' }).click();
	await expect(result).toContainText('Published');
	await result.getByRole('link', { name: 'Open it in the reader' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'The corridor shooting, two accounts' })
	).toBeVisible();
	await expect(page.locator('section.source').first()).toContainText(
		'Three police officers were killed'
	);
});

for (const viewport of [
	{ width: 1180, height: 820 },
	{ width: 820, height: 1180 },
	{ width: 390, height: 844 }
]) {
	test(`axe finds no violations in the editor, with a question of each kind, ${viewport.width}×${viewport.height}`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, viewport });
		const page = await context.newPage();
		await open(page, '/teach/lessons');
		await page.getByRole('button', { name: 'Write a new lesson' }).click();
		await writeLesson(page);
		await page.getByRole('button', { name: 'Add a point' }).click();
		await page.getByTestId('claim-quote').first().fill('Witnesses agreed about who fired first.');
		await expect(page.locator('[data-state="near"]')).toHaveCount(1);
		for (const kind of ['discussion', 'short-answer', 'multiple-choice', 'evidence', 'compare']) {
			await page.getByLabel('New question').selectOption(kind);
			await page.getByRole('button', { name: 'Add the question' }).click();
		}
		await expect(page.getByTestId('editor-question')).toHaveCount(5);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const results = await new AxeBuilder({ page }).analyze();
		const summary = results.violations.map(
			(v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`
		);
		expect(summary).toEqual([]);
		await context.close();
	});
}
