import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { installedDevice, open, storedAnswers } from './support/app';
import { expectSaved, openQuestions } from './support/questions';
import { serveBuild, type RunningServer } from './support/server';

// issue 15: a backup carries the teacher's assignments and every hand-in it received, and a
// backup made before that (version 2) still imports. Its own server on its own port.
const PORT = 4352;
let server: RunningServer | undefined;
const LESSON = 'khojaly-1992';
const QUESTION = 'article-soviet-union';
const OLD_BACKUP = 'src/lib/backup/fixtures/backup-v2.json';

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function handIn(page: Page, assignmentId: string, answer: string) {
	const panel = await openQuestions(page, LESSON);
	await panel.locator(`article[data-question="${QUESTION}"] textarea`).fill(answer);
	await expectSaved(panel);
	await open(page, `/assignments/${assignmentId}`);
	await page.getByLabel('Your name').fill('Nare S.');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Hand in/ }).click();
	const file = await download;
	return {
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: readFileSync((await file.path())!)
	};
}

test('a backup carries the assignment and every hand-in to a fresh device; an old backup still imports', async ({
	browser
}) => {
	test.setTimeout(150_000);
	server = await serveBuild('build', PORT);
	const teacher = await installedDevice(browser, server.url);
	const student = await installedDevice(browser, server.url);

	// the teacher makes an assignment and imports a student's hand-in, then a later one
	const t = teacher.page;
	// counts the app's requests for persistent storage in each page load
	await teacher.context.addInitScript(() => {
		const storage = navigator.storage;
		const persist = storage.persist.bind(storage);
		(window as unknown as { persistAsked: number }).persistAsked = 0;
		storage.persist = () => {
			(window as unknown as { persistAsked: number }).persistAsked++;
			return persist();
		};
	});
	await open(t, '/teach/new');
	await t.getByLabel('Title').fill('Kept in the backup');
	await t.getByTestId(`include-${LESSON}`).check();
	await t.getByRole('button', { name: 'Create assignment' }).click();
	await expect(t.getByRole('heading', { level: 1, name: 'Kept in the backup' })).toBeVisible();
	const link = await t.getByTestId('assignment-link').inputValue();
	const assignmentId = new URL(t.url()).pathname.split('/').pop()!;
	// making the first assignment asks the browser to keep the data (not only a first lesson)
	await expect
		.poll(() => t.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked))
		.toBeGreaterThan(0);
	const s = student.page;
	await s.goto(link);
	await s.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(s.getByTestId('assignment-status')).toBeVisible();
	const first = await handIn(s, assignmentId, 'First answer, replaced later.');
	const later = await handIn(s, assignmentId, 'Later answer, the one reviewed.');
	await t.getByTestId('import-hand-ins').setInputFiles(first);
	await expect(t.getByTestId('import-line').first()).toHaveAttribute('data-outcome', 'imported');
	await t.getByTestId('import-hand-ins').setInputFiles(later);
	await expect(t.getByTestId('import-line').first()).toHaveAttribute('data-outcome', 'replaced');

	// /teach says plainly when the browser may clear this data, with a backup at hand
	await open(t, '/teach');
	await expect(t.getByRole('link', { name: 'Kept in the backup' })).toBeVisible();
	const kept = await t.evaluate(() => navigator.storage.persisted());
	const notice = t.getByTestId('storage-notice');
	let backup: Buffer;
	if (kept) {
		await expect(notice).toHaveCount(0);
		await open(t, '/settings');
		const download = t.waitForEvent('download');
		await t.getByRole('button', { name: 'Save a backup file' }).click();
		backup = readFileSync((await (await download).path())!);
	} else {
		await expect(notice).toContainText('your assignments and every hand-in included');
		await t.setViewportSize({ width: 390, height: 844 });
		await notice.screenshot({ path: 'test-results/screens/storage-notice.png' });
		const download = t.waitForEvent('download');
		await notice.getByRole('button', { name: 'Save a backup now' }).click();
		backup = readFileSync((await (await download).path())!);
		await expect(notice.getByRole('status')).toContainText('1 assignment, 1 hand-in');
	}
	const parsed = JSON.parse(backup.toString()) as { version: number; handIns: unknown[] };
	expect(parsed.version).toBe(5);
	expect(parsed.handIns).toHaveLength(2);

	// a fresh browser profile imports it: the assignment and every hand-in are there
	const fresh = await browser.newContext({ baseURL: server.url });
	const f = await fresh.newPage();
	await open(f, '/settings');
	const input = f.getByLabel('Import a backup file');
	await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
	await expect(f.getByTestId('backup-message')).toContainText('1 new assignment');
	await expect(f.getByTestId('backup-message')).toContainText('2 new hand-ins');
	await open(f, '/teach');
	await expect(f.getByRole('listitem').filter({ hasText: 'Kept in the backup' })).toContainText(
		'1 handed in'
	);
	await f.getByRole('link', { name: 'Kept in the backup' }).click();
	await expect(f.getByRole('heading', { name: 'Hand-ins (1)' })).toBeVisible();
	await f.getByTestId('review-grid').getByRole('button', { name: 'Nare S.' }).click();
	await expect(f.getByTestId('review-by-student')).toContainText('Later answer, the one reviewed.');
	// the replaced one came along, and Undo still brings it back
	const replaced = f.getByTestId('replaced-hand-ins');
	await replaced.getByText('Replaced hand-ins (1)').click();
	await replaced.getByRole('button', { name: /Undo/ }).click();
	await expect(f.getByTestId('review-by-student')).toContainText('First answer, replaced later.');
	// the same backup again adds nothing
	await open(f, '/settings');
	await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
	await expect(f.getByTestId('backup-message')).toContainText(
		'Imported backup.json: 0 new profiles'
	);
	await expect(f.getByTestId('backup-message')).not.toContainText('new hand-in');
	await expect(f.getByTestId('backup-message')).not.toContainText('new assignment');

	// a backup in the format before teacher data (version 2) still imports
	await input.setInputFiles(OLD_BACKUP);
	await expect(f.getByTestId('backup-message')).toContainText('Imported backup-v2.json');
	await expect(f.getByTestId('backup-message')).toContainText('1 new profile,');
	const answers = await storedAnswers(f);
	expect(answers.map((a) => a.value.text)).toContain(
		'Written before backups carried teacher data.'
	);
	await open(f, '/profiles');
	await expect(f.getByRole('button', { name: 'Edit Nare from the old backup' })).toBeVisible();

	await teacher.context.close();
	await student.context.close();
	await fresh.close();
});
