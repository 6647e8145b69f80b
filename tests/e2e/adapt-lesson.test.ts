// Issue 18, done when: a teacher adapts a library lesson on the tablet and passes on a newer
// version of it later; a student tablet that answered the first version imports the second and
// loses no answer, and is told what changed.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { installedDevice, open } from './support/app';
import { expectSaved, firstOfKind, openQuestions } from './support/questions';
import { serveBuild, type RunningServer } from './support/server';

const PORT = 4337;
const ADAPTED = 'khojaly-1992-adapted';
let server: RunningServer | undefined;

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function publishAndDownload(t: Page): Promise<string> {
	await t.getByRole('button', { name: 'Check and publish' }).click();
	const result = t.getByTestId('publish-result');
	await expect(result).toContainText('Published');
	const text = await result.innerText();
	await open(t, '/teach/lessons');
	const row = t.locator(`[data-testid="lesson-file-row"][data-id="${ADAPTED}"]`);
	const [download] = await Promise.all([
		t.waitForEvent('download'),
		row.getByRole('button', { name: /Download lesson file/ }).click()
	]);
	return `${text}\n---\n${readFileSync(await download.path(), 'utf8')}`;
}

async function importFile(s: Page, text: string, outcome: string) {
	await open(s, '/teach/lessons');
	await s.getByTestId('import-lesson-files').setInputFiles({
		name: `${ADAPTED}.parallax-lesson`,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	const line = s.locator(`[data-testid="lesson-import-line"][data-outcome="${outcome}"]`);
	await expect(line).toBeVisible();
	return line;
}

test('an adapted library lesson, re-imported in a newer version, keeps every answer', async ({
	browser
}) => {
	test.setTimeout(180_000);
	server = await serveBuild('build', PORT);
	const teacher = await installedDevice(browser, server.url);
	const student = await installedDevice(browser, server.url);
	await server.stop();
	server = undefined;
	await teacher.context.setOffline(true);
	await student.context.setOffline(true);

	// the teacher adapts the library's lesson: a copy of its own, under a new id
	const t = teacher.page;
	await open(t, '/teach/lessons');
	await t
		.locator('[data-testid="lesson-file-row"][data-id="khojaly-1992"]')
		.getByRole('button', { name: /Adapt this lesson/ })
		.click();
	await expect(t.getByLabel('Lesson id')).toHaveValue(ADAPTED);
	const draftUrl = t.url();
	const [published, first] = (await publishAndDownload(t)).split('\n---\n') as [string, string];
	expect(published).not.toContain('updated');

	// a student tablet imports it and answers
	const s = student.page;
	await importFile(s, first, 'imported');
	let panel = await openQuestions(s, ADAPTED);
	const answer = 'Each account names different witnesses.';
	await firstOfKind(panel, 'Discussion').locator('textarea').fill(answer);
	await expectSaved(panel);

	// the teacher adds a question and publishes again
	await t.goto(draftUrl);
	await t.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await t.getByLabel('New question').selectOption('discussion');
	await t.getByRole('button', { name: 'Add the question' }).click();
	await t
		.getByTestId('question-prompt')
		.last()
		.fill('Which words does each account use for the place?');
	const [updated, second] = (await publishAndDownload(t)).split('\n---\n') as [string, string];
	expect(updated).toContain('Published again');
	expect(updated).toContain('1 question added.');

	// the student's tablet takes the newer version: told what changed, the answer kept
	const line = await importFile(s, second, 'updated');
	await expect(line).toContainText('Every answer given to the earlier version is kept');
	await expect(line.getByRole('list', { name: 'What changed' })).toContainText('1 question added.');
	panel = await openQuestions(s, ADAPTED);
	await expect(firstOfKind(panel, 'Discussion').locator('textarea')).toHaveValue(answer);
	await expect(
		panel.locator('article[data-question]').filter({ hasText: 'Which words does each account' })
	).toHaveCount(1);
});
