import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { installedDevice, open } from './support/app';
import { expectAccessible } from './support/axe';
import { expectSaved, openQuestions } from './support/questions';
import { serveBuild, type RunningServer } from './support/server';

// issue 15: two students on fresh tablets who keep every default ("Me") hand in; the teacher's
// import keeps both, apart, and a second hand-in replaces only its own student's, undoably.
// Its own server on its own port, so the test can stop it: the class works with no network.
const PORT = 4351;
let server: RunningServer | undefined;
const LESSON = 'khojaly-1992';
const QUESTION = 'article-soviet-union';

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function answer(page: Page, text: string) {
	const panel = await openQuestions(page, LESSON);
	await panel.locator(`article[data-question="${QUESTION}"] textarea`).fill(text);
	await expectSaved(panel);
}

/** Hands in on the assignment's page under `name`; returns the file. */
async function handIn(page: Page, assignmentId: string, name: string) {
	await open(page, `/assignments/${assignmentId}`);
	const field = page.getByLabel('Your name');
	if ((await field.inputValue()) !== name) await field.fill(name);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Hand in/ }).click();
	const file: Download = await download;
	await expect(page.getByTestId('hand-in-message')).toContainText(`Handed in as ${name}`);
	return {
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: readFileSync((await file.path())!)
	};
}

test('two students on fresh tablets hand in offline; the teacher keeps both apart in every view, and a second hand-in replaces only its own, undoably', async ({
	browser
}) => {
	test.setTimeout(180_000);
	server = await serveBuild('build', PORT);
	const teacher = await installedDevice(browser, server.url);
	const ana = await installedDevice(browser, server.url);
	const bea = await installedDevice(browser, server.url);

	// the teacher assigns
	const t = teacher.page;
	await open(t, '/teach/new');
	await t.getByLabel('Title').fill('Khojaly, two accounts');
	await t.getByTestId(`include-${LESSON}`).check();
	await t.getByRole('button', { name: 'Create assignment' }).click();
	await expect(t.getByRole('heading', { level: 1, name: 'Khojaly, two accounts' })).toBeVisible();
	const link = await t.getByTestId('assignment-link').inputValue();
	const assignmentId = new URL(t.url()).pathname.split('/').pop()!;

	// from here on there is no network at all
	await server.stop();
	server = undefined;
	for (const device of [teacher, ana, bea]) await device.context.setOffline(true);

	// each student opens the link keeping every default: the device's first profile, "Me"
	for (const { page } of [ana, bea]) {
		await page.goto(link);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Khojaly, two accounts' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Add to my assignments' }).click();
		await expect(page.getByTestId('assignment-status')).toBeVisible();
		await expect(page.getByTestId('current-profile')).toContainText('Me');
	}
	await answer(ana.page, 'Ana: a union of republics ruled from Moscow.');
	await answer(bea.page, 'Bea: the state Armenia and Azerbaijan belonged to until 1991.');

	// handing in needs a name: "Me" is never one
	const s = ana.page;
	await open(s, `/assignments/${assignmentId}`);
	await expect(s.getByLabel('Your name')).toHaveValue('');
	await s.getByRole('button', { name: 'Hand in' }).click();
	await expect(s.getByRole('alert')).toContainText('Type your name');
	await s.getByLabel('Your name').fill('Me');
	await s.getByRole('button', { name: 'Hand in' }).click();
	await expect(s.getByRole('alert')).toContainText('not “Me”');
	await expectAccessible(s, 'hand-in name refused');
	await s.setViewportSize({ width: 390, height: 844 });
	await s.screenshot({ path: 'test-results/screens/hand-in-name.png', fullPage: true });
	const anaFirst = await handIn(ana.page, assignmentId, 'Ana P.');
	const beaFile = await handIn(bea.page, assignmentId, 'Bea K.');
	// each file carries its own tablet's identifier, not "device"
	const idOf = (file: { buffer: Buffer }) =>
		(JSON.parse(file.buffer.toString()) as { student: { profileId: string } }).student.profileId;
	expect(idOf(anaFirst)).not.toBe('device');
	expect(idOf(anaFirst)).not.toBe(idOf(beaFile));

	// the teacher imports both: neither replaces the other
	await open(t, `/teach/${assignmentId}`);
	await t.getByTestId('import-hand-ins').setInputFiles([anaFirst, beaFile]);
	const lines = t.getByTestId('import-line');
	await expect(lines).toHaveCount(2);
	await expect(lines.nth(0)).toHaveAttribute('data-outcome', 'imported');
	await expect(lines.nth(0)).toContainText('Imported Ana P.’s hand-in');
	await expect(lines.nth(1)).toHaveAttribute('data-outcome', 'imported');
	await expect(lines.nth(1)).toContainText('Imported Bea K.’s hand-in');
	await expect(lines).not.toContainText(['Replaced']);
	await expect(t.getByRole('heading', { name: 'Hand-ins (2)' })).toBeVisible();

	// every review view has both, apart
	const anaText = 'Ana: a union of republics ruled from Moscow.';
	const beaText = 'Bea: the state Armenia and Azerbaijan belonged to until 1991.';
	const grid = t.getByTestId('review-grid');
	await expect(grid.getByRole('button', { name: 'Ana P.' })).toBeVisible();
	await expect(grid.getByRole('button', { name: 'Bea K.' })).toBeVisible();
	await grid.getByRole('button', { name: 'Ana P.' }).click();
	const byStudent = t.getByTestId('review-by-student');
	await expect(byStudent).toContainText(anaText);
	await expect(byStudent).not.toContainText(beaText);
	await byStudent.locator('select').selectOption({ label: 'Bea K.' });
	await expect(byStudent).toContainText(beaText);
	await expect(byStudent).not.toContainText(anaText);
	await t.getByRole('tab', { name: 'By question' }).click();
	const byQuestion = t.getByTestId('review-by-question');
	const select = byQuestion.locator('select');
	await select.selectOption(
		(await select
			.locator('option', { hasText: 'What was the Soviet Union?' })
			.getAttribute('value'))!
	);
	const card = (name: string) => byQuestion.locator('li.card').filter({ hasText: name });
	await expect(card('Ana P.')).toContainText(anaText);
	await expect(card('Bea K.')).toContainText(beaText);

	// and the gradebook: one row each, each with its own answer
	const gradebook = t.waitForEvent('download');
	await t.getByTestId('export-gradebook').click();
	const csv = readFileSync((await (await gradebook).path())!, 'utf8');
	const rowOf = (name: string) => csv.split('\r\n').filter((line) => line.startsWith(name));
	expect(rowOf('Ana P.')).toHaveLength(1);
	expect(rowOf('Bea K.')).toHaveLength(1);
	expect(rowOf('Ana P.')[0]).toContain(anaText);
	expect(rowOf('Bea K.')[0]).toContain(beaText);

	// Ana changes her answer and hands in again: only her hand-in is replaced, listed, undoable
	await answer(ana.page, 'Ana, later: a one-party state of fifteen republics.');
	const anaLater = await handIn(ana.page, assignmentId, 'Ana P.');
	await t.getByTestId('import-hand-ins').setInputFiles(anaLater);
	await expect(lines).toHaveCount(1);
	await expect(lines.first()).toHaveAttribute('data-outcome', 'replaced');
	await expect(lines.first()).toContainText('Replaced Ana P.’s earlier hand-in');
	await expect(t.getByRole('heading', { name: 'Hand-ins (2)' })).toBeVisible();
	await t.getByRole('tab', { name: 'By student' }).click();
	await byStudent.locator('select').selectOption({ label: 'Ana P.' });
	await expect(byStudent).toContainText('Ana, later: a one-party state of fifteen republics.');
	await byStudent.locator('select').selectOption({ label: 'Bea K.' });
	await expect(byStudent).toContainText(beaText);
	const replaced = t.getByTestId('replaced-hand-ins');
	await replaced.getByText('Replaced hand-ins (1)').click();
	await expect(replaced.getByTestId('replaced-hand-in')).toHaveCount(1);
	await expect(replaced.getByTestId('replaced-hand-in')).toContainText('Ana P.’s hand-in');
	await expectAccessible(t, 'replaced hand-ins');
	await replaced.screenshot({ path: 'test-results/screens/replaced-hand-in.png' });

	// Undo: her first hand-in is back, Bea's untouched
	await replaced.getByRole('button', { name: /Undo/ }).click();
	await expect(t.getByTestId('hand-in-records-message')).toContainText('Undone');
	// nothing is deleted: the later one is set aside, listed, where Undo would bring it back
	await expect(replaced.getByTestId('replaced-hand-in')).toHaveCount(1);
	await expect(replaced.getByTestId('replaced-hand-in')).toContainText('set aside by Undo');
	await byStudent.locator('select').selectOption({ label: 'Ana P.' });
	await expect(byStudent).toContainText(anaText);
	await byStudent.locator('select').selectOption({ label: 'Bea K.' });
	await expect(byStudent).toContainText(beaText);

	// another tablet (the teacher's own, trying the assignment) hands in under Bea's name: kept
	// apart from Bea's and flagged, and the teacher renames one
	await t.goto(link);
	await t.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(t.getByTestId('assignment-status')).toBeVisible();
	const otherText = 'Another tablet, the same name.';
	await answer(t, otherText);
	const sameName = await handIn(t, assignmentId, 'Bea K.');
	await open(t, `/teach/${assignmentId}`);
	await t.getByTestId('import-hand-ins').setInputFiles(sameName);
	await expect(lines.first()).toHaveAttribute('data-outcome', 'imported');
	await expect(lines.first().getByTestId('import-flag')).toContainText(
		'2 hand-ins named “Bea K.” from different tablets'
	);
	await expect(t.getByRole('heading', { name: 'Hand-ins (3)' })).toBeVisible();
	const toCheck = t.getByTestId('hand-ins-to-check');
	await expect(toCheck.getByTestId('identity-flag')).toHaveCount(1);
	await expect(t.getByTestId('review-grid')).toContainText('check name');
	await expectAccessible(t, 'hand-ins to check');
	await toCheck.screenshot({ path: 'test-results/screens/hand-ins-to-check.png' });
	await toCheck.getByRole('button', { name: 'Rename Bea K.' }).last().click();
	await toCheck.getByLabel('Name shown for this student').fill('Bea K. (2)');
	await toCheck.getByRole('button', { name: 'Save' }).click();
	await expect(t.getByTestId('hand-ins-to-check')).toHaveCount(0);
	await t.getByRole('tab', { name: 'By student' }).click();
	const answersOf = async (name: string) => {
		await byStudent.locator('select').selectOption({ label: name });
		await expect(byStudent.getByRole('heading', { level: 2, name })).toBeVisible();
		return byStudent.textContent();
	};
	const shown = [await answersOf('Bea K.'), await answersOf('Bea K. (2)')].join('\n');
	expect(shown).toContain(beaText);
	expect(shown).toContain(otherText);

	for (const device of [teacher, ana, bea]) await device.context.close();
});
