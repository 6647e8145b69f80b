import { expect, test } from '@playwright/test';
import { followNav, open } from './support/app';
import { expectSaved, firstOfKind, openQuestions } from './support/questions';

const LESSON = 'khojaly-1992';

test('keyboard only: every kind of question can be answered, and the answers survive a reload', async ({
	page
}) => {
	let panel = await openQuestions(page, LESSON);

	const discussion = firstOfKind(panel, 'Discussion');
	await discussion.locator('textarea').focus();
	await page.keyboard.type('Both accounts agree that many people died.');
	await expect(discussion.getByText('7 words')).toBeVisible();

	const short = firstOfKind(panel, 'Short answer');
	await short.locator('textarea').focus();
	await page.keyboard.type('The corridor.');
	// the model answer is offered once something is written, and opens from the keyboard
	await page.keyboard.press('Tab');
	await expect(short.locator('summary')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(short.locator('details.model')).toHaveAttribute('open', '');

	const choice = firstOfKind(panel, 'Multiple choice');
	await choice.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(choice.getByRole('radio').nth(1)).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(choice.getByRole('button', { name: 'Check' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(choice.getByText(/^(Correct\.|Not this one\.)/)).toBeVisible();

	// evidence: the list of paragraphs is the keyboard's way (a tap in the text is the other)
	const evidence = firstOfKind(panel, 'Find the evidence');
	await evidence.locator('details.list > summary').focus();
	await page.keyboard.press('Enter');
	await evidence.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(evidence.getByRole('radio').nth(1)).toBeChecked();
	await evidence.getByRole('button', { name: 'Check' }).focus();
	await page.keyboard.press('Enter');
	await expect(
		evidence.getByText(/^(Yes, that paragraph supports it\.|That paragraph does not show it\.)/)
	).toBeVisible();

	const compare = firstOfKind(panel, 'Compare the accounts');
	const boxes = compare.locator('textarea');
	expect(await boxes.count()).toBeGreaterThanOrEqual(2);
	for (let i = 0; i < (await boxes.count()); i++) {
		await boxes.nth(i).focus();
		await page.keyboard.type(`Account ${i + 1} says this.`);
	}
	await page.keyboard.press('Tab');
	await expectSaved(panel);

	await page.reload();
	panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(panel).toBeVisible();
	await expect(firstOfKind(panel, 'Discussion').locator('textarea')).toHaveValue(
		'Both accounts agree that many people died.'
	);
	await expect(firstOfKind(panel, 'Short answer').locator('textarea')).toHaveValue('The corridor.');
	await expect(firstOfKind(panel, 'Multiple choice').getByRole('radio').nth(1)).toBeChecked();
	await firstOfKind(panel, 'Find the evidence').locator('details.list > summary').click();
	await expect(firstOfKind(panel, 'Find the evidence').getByRole('radio').nth(1)).toBeChecked();
	await expect(firstOfKind(panel, 'Compare the accounts').locator('textarea').nth(1)).toHaveValue(
		'Account 2 says this.'
	);
	await page.screenshot({ path: 'test-results/screens/questions-portrait.png' });
});

test('landscape: the questions open as a sheet over the right column, beside the left one, and Show me where jumps to the passage', async ({
	page
}) => {
	await page.setViewportSize({ width: 1180, height: 820 });
	await open(page, `/lessons/${LESSON}`);
	await page.getByRole('button', { name: 'Questions', exact: true }).click();
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(panel).toBeVisible();
	await expect(page.locator('section.source.in-column')).toHaveCount(2);
	const paneBox = await page.locator('#questions').boundingBox();
	const columnBox = await page.locator('section.source.in-column').first().boundingBox();
	expect(paneBox!.x).toBeGreaterThan(columnBox!.x + columnBox!.width - 1);
	// the right column is under the sheet: out of sight; the left one has a chooser
	await expect(page.locator('section.source.covered')).toHaveCount(1);
	await expect(
		page.locator('section.source.in-column:not(.covered) .chooser select')
	).toBeVisible();

	const withPassage = panel.locator('article[data-question]').filter({
		has: page.getByRole('button', { name: 'Show me where' })
	});
	await withPassage.first().getByRole('button', { name: 'Show me where' }).click();
	await expect(page.locator('.text .flash')).toBeInViewport();
	// a question from the article itself says so
	const from = panel.locator('.from').first();
	await expect(from).toBeVisible();
	// the account's own name after "From", not "From the article: Outlet: Title"
	await expect(from).toHaveText(/^From \S/);
	await expect(from).not.toContainText('article:');
	await page.screenshot({ path: 'test-results/screens/questions-landscape.png' });
});

test('progress: the library shows a badge and "Continue where you left off"; My work lists the answers for print', async ({
	page
}) => {
	const panel = await openQuestions(page, LESSON);
	const discussion = firstOfKind(panel, 'Discussion');
	await discussion.locator('textarea').fill('A first thought.');
	await page.getByRole('button', { name: 'Mark as read' }).first().click();
	await expectSaved(panel);

	await followNav(page, 'Library');
	await expect(page.getByTestId('continue')).toContainText('Continue where you left off');
	await expect(page.getByTestId('lesson-progress')).toHaveCount(1);
	await expect(page.getByTestId('lesson-progress')).toContainText(/1 of \d accounts read/);
	await expect(page.getByTestId('lesson-progress')).toContainText('answered');

	await followNav(page, 'Progress');
	const row = page.getByTestId('progress-lesson').filter({ hasText: 'Khojaly' });
	await expect(row).toContainText(/Accounts read\s*1 of \d/);
	await row.getByRole('link', { name: 'My work on this lesson' }).click();
	await expect(page.getByText('A first thought.')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.app-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByText('A first thought.')).toBeVisible();
});

test('questions whose code cannot load say what to do, with Reload, not the browser’s error', async ({
	browser,
	baseURL
}) => {
	// no service worker, so the panel's code comes from the network, where it is cut off
	const context = await browser.newContext({
		baseURL,
		serviceWorkers: 'block',
		viewport: { width: 1180, height: 820 }
	});
	const page = await context.newPage();
	await open(page, `/lessons/${LESSON}`);
	await page.waitForLoadState('networkidle');
	await page.route('**/*.js', (route) => route.abort());
	const toggle = page.getByRole('button', { name: 'Questions', exact: true });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();

	const failure = page.getByRole('alert').filter({ hasText: 'The questions could not be opened' });
	await expect(failure).toContainText('your earlier answers are safe on this device');
	await expect(failure).not.toContainText(/fetch|module|import/i);
	await page.unroute('**/*.js');
	await failure.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('[data-testid="questions-panel"][data-loaded]')).toBeVisible();
	await context.close();
});
