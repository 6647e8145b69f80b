import { expect, type Locator, type Page } from '@playwright/test';
import { open } from './app';

export const PORTRAIT = { width: 820, height: 1180 };

/** Opens a lesson at its questions (a section after the texts on a portrait tablet). */
export async function openQuestions(page: Page, lessonId: string): Promise<Locator> {
	await page.setViewportSize(PORTRAIT);
	await open(page, `/lessons/${lessonId}#questions`);
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(panel).toBeVisible();
	return panel;
}

/** The first question card of a kind, by its label. */
export const firstOfKind = (panel: Locator, label: string) =>
	panel.locator('article[data-question]').filter({ hasText: label }).first();

export async function expectSaved(panel: Locator): Promise<void> {
	await expect(panel.getByText('Saved on this device')).toBeVisible();
}

/** Switches profile the way a student does: the profile button, then a name (two taps). */
export async function switchProfile(page: Page, name: string): Promise<void> {
	await page.getByTestId('current-profile').click();
	await page.getByRole('dialog', { name: "Who's reading?" }).getByRole('button', { name }).click();
	await expect(page.getByTestId('current-profile')).toContainText(name);
}

export async function addProfile(page: Page, name: string): Promise<void> {
	const form = page.getByRole('region', { name: 'Add a reader' });
	await form.getByLabel('Name').fill(name);
	await form.getByRole('button', { name: 'Add reader' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Added ${name}.` })).toBeVisible();
}
