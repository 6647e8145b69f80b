import { expect, test } from '@playwright/test';
import { open, storedAnswers } from './support/app';
import {
	addProfile,
	expectSaved,
	firstOfKind,
	openQuestions,
	switchProfile
} from './support/questions';

const LESSON = 'khojaly-1992';

async function answerDiscussion(page: import('@playwright/test').Page, text: string) {
	const panel = await openQuestions(page, LESSON);
	await firstOfKind(panel, 'Discussion').locator('textarea').fill(text);
	await expectSaved(panel);
	return panel;
}

test('with one profile nobody is asked who is reading', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByTestId('current-profile')).toContainText('Me');
	await expect(page.getByRole('dialog', { name: "Who's reading?" })).toHaveCount(0);
});

test('switching profiles shows each student only their own answers', async ({ page, context }) => {
	await open(page, '/profiles');
	await addProfile(page, 'Ana');
	await addProfile(page, 'Ben');

	await switchProfile(page, 'Ana');
	await answerDiscussion(page, "Ana's answer");
	await switchProfile(page, 'Ben');
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(firstOfKind(panel, 'Discussion').locator('textarea')).toHaveValue('');
	await firstOfKind(panel, 'Discussion').locator('textarea').fill("Ben's answer");
	await expectSaved(panel);
	await switchProfile(page, 'Ana');
	await expect(firstOfKind(panel, 'Discussion').locator('textarea')).toHaveValue("Ana's answer");

	// a new session on the shared tablet starts by asking who is reading
	const next = await context.newPage();
	await open(next, '/');
	const who = next.getByRole('dialog', { name: "Who's reading?" });
	await expect(who).toBeVisible();
	await expect(who.getByRole('button')).toHaveCount(4); // Me, Ana, Ben, Close
	await who.getByRole('button', { name: 'Ben' }).click();
	await expect(next.getByTestId('current-profile')).toContainText('Ben');
	await next.close();
});

test('deleting a profile asks first, then removes it and its answers', async ({ page }) => {
	await open(page, '/profiles');
	await addProfile(page, 'Cleo');
	await switchProfile(page, 'Cleo');
	await answerDiscussion(page, "Cleo's answer");

	await open(page, '/profiles');
	await page.getByRole('button', { name: 'Delete Cleo' }).click();
	const confirm = page.getByRole('dialog', { name: 'Delete Cleo?' });
	await expect(confirm).toContainText('1 answer');
	await confirm.getByRole('button', { name: 'Keep' }).click();
	await expect(page.getByRole('button', { name: 'Delete Cleo' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete Cleo' }).click();
	await page
		.getByRole('dialog', { name: 'Delete Cleo?' })
		.getByRole('button', { name: 'Delete Cleo' })
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Cleo and their answers were deleted' })
	).toBeVisible();
	await expect(page.getByTestId('current-profile')).toContainText('Me');
	const remaining = (await storedAnswers(page)).map((a) => a.value.text ?? '');
	expect(remaining).not.toContain("Cleo's answer");
});
