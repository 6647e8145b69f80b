import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { followNav, installedDevice, open } from './support/app';
import { expectAccessible } from './support/axe';
import { expectSaved, firstOfKind, openQuestions } from './support/questions';
import { serveBuild, type RunningServer } from './support/server';

// its own server on its own port, so the test can stop it: the class works with no network
const PORT = 4333;
let server: RunningServer | undefined;
const LESSON = 'khojaly-1992';

type Pack = {
	lesson: {
		questions: {
			id: string;
			kind: string;
			needsComments?: boolean;
			choices?: { id: string; text: string }[];
			answer?: string;
		}[];
	};
};

async function allOffline(...contexts: BrowserContext[]) {
	await server?.stop();
	server = undefined;
	for (const context of contexts) await context.setOffline(true);
}

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

test('a teacher assigns, a student answers and hands in offline, the teacher imports and reviews', async ({
	browser
}) => {
	test.setTimeout(120_000);
	server = await serveBuild('build', PORT);
	const teacher = await installedDevice(browser, server.url);
	const student = await installedDevice(browser, server.url);
	// the right choice of the lesson's first multiple-choice question, from the published pack
	const catalog = (await (
		await teacher.page.request.get(`${server.url}/content/catalog.json`)
	).json()) as {
		lessons: { id: string; pack: string }[];
	};
	const packUrl = catalog.lessons.find((l) => l.id === LESSON)!.pack;
	const pack = (await (
		await teacher.page.request.get(`${server.url}/${packUrl.replace(/^\//, '')}`)
	).json()) as Pack;
	const choiceQuestion = pack.lesson.questions.find((q) => q.kind === 'multiple-choice')!;
	// options are shuffled per profile: the right one is found by its id, named by its text
	const rightChoice = choiceQuestion.choices!.find((c) => c.id === choiceQuestion.answer)!.text;

	await allOffline(teacher.context, student.context);

	// the teacher builds the assignment with no network
	const t = teacher.page;
	await open(t, '/teach');
	await t.getByRole('link', { name: 'New assignment' }).click();
	await t.getByLabel('Title').fill('Two accounts of Khojaly');
	await t.getByLabel('Instructions').fill('Read both accounts, then answer every question.');
	await t.getByLabel('Due date').fill('2031-05-30');
	await t.getByLabel(/Hide reader comments/).check();
	await t.getByTestId(`include-${LESSON}`).check();
	await expect(t.getByRole('group', { name: 'Required before handing in' })).toBeVisible();
	await t.getByRole('button', { name: 'Preview' }).first().click();
	await expectAccessible(t, 'assignment builder');
	await t.getByRole('button', { name: 'Create assignment' }).click();
	await expect(t.getByRole('heading', { level: 1, name: 'Two accounts of Khojaly' })).toBeVisible();
	await expect(t.getByTestId('qr-code')).toBeVisible();
	await expect(t.getByTestId('assignment-link')).toHaveValue(/\/a#2\d+$/);
	const link = await t.getByTestId('assignment-link').inputValue();
	expect(link).toMatch(new RegExp(`^http://localhost:${PORT}/a#2\\d+$`));
	// the printed assignment sheet: the code, large, and the lessons, without the app around them
	await t.emulateMedia({ media: 'print' });
	await expect(t.getByTestId('qr-code')).toBeVisible();
	await expect(t.getByText(/Scan the code with the tablet’s camera/)).toBeVisible();
	await expect(t.getByRole('banner')).toBeHidden();
	await expect(t.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await t.emulateMedia({ media: 'screen' });

	// the student opens the link on a tablet with no network
	const s = student.page;
	await s.goto(link);
	await expect(s.getByRole('heading', { level: 1, name: 'Two accounts of Khojaly' })).toBeVisible();
	await expect(s.getByText('Read both accounts, then answer every question.')).toBeVisible();
	await expectAccessible(s, 'assignment link');
	await s.getByRole('radio', { name: 'Someone new' }).check();
	await s.getByLabel('Name').fill('Amira K');
	await s.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(s.getByText('Added to your assignments.')).toBeVisible();
	await expect(s.getByTestId('assignment-status')).toHaveText('Not started');
	await expect(s.getByTestId('current-profile')).toContainText('Amira K');

	// the library lists it first; the lesson hides the reader comments
	await open(s, '/');
	await expect(s.getByTestId('assigned')).toContainText('Two accounts of Khojaly');
	const panel = await openQuestions(s, LESSON);
	await expect(s.getByTestId('comments-hidden')).toBeVisible();
	await expect(s.getByRole('tab', { name: /comments/i })).toHaveCount(0);
	// every question that needs the comments is hidden with them, and only those
	const shown = pack.lesson.questions.filter((q) => !q.needsComments);
	expect(shown.length).toBeLessThan(pack.lesson.questions.length);
	await expect(panel.locator('article[data-question]')).toHaveCount(shown.length);
	for (const q of pack.lesson.questions.filter((q) => q.needsComments))
		await expect(panel.locator(`article[data-question="${q.id}"]`)).toHaveCount(0);
	const choice = firstOfKind(panel, 'Multiple choice');
	await choice.getByRole('radio', { name: rightChoice, exact: true }).check();
	await choice.getByRole('button', { name: 'Check' }).click();
	await firstOfKind(panel, 'Discussion').locator('textarea').fill('Both accounts cite witnesses.');
	await expectSaved(panel);

	// hand in: the file is a download here (no share sheet on this Chromium)
	await followNav(s, 'Library');
	await s.getByTestId('assigned').getByRole('link', { name: 'Two accounts of Khojaly' }).click();
	await expect(s.getByText(/required questions? (is|are) still unanswered/)).toBeVisible();
	await expectAccessible(s, 'student assignment');
	const download = s.waitForEvent('download');
	await s.getByRole('button', { name: 'Hand in' }).click();
	const handIn = await download;
	expect(handIn.suggestedFilename()).toMatch(
		/^parallax-handin-amira-k-two-accounts-of-khojaly-\d{4}-\d{2}-\d{2}\.json$/
	);
	await expect(s.getByTestId('hand-in-message')).toContainText('Handed in');
	const text = readFileSync(await handIn.path(), 'utf8');
	expect(text).toContain('Both accounts cite witnesses.');

	// the teacher imports it with a damaged copy in the same batch
	await t.reload();
	await t.getByTestId('import-hand-ins').setInputFiles([
		{ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) },
		{ name: handIn.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) }
	]);
	const lines = t.getByTestId('import-line');
	await expect(lines).toHaveCount(2);
	await expect(lines.nth(0)).toHaveAttribute('data-outcome', 'refused');
	await expect(lines.nth(0)).toContainText('cut off');
	await expect(lines.nth(1)).toHaveAttribute('data-outcome', 'imported');
	await expect(lines.nth(1)).toContainText('Imported Amira K’s hand-in');

	// the review shows the student's answer and score
	const grid = t.getByTestId('review-grid');
	await expect(grid).toContainText('Amira K');
	// the teacher's count of questions is the student's
	await expect(grid.locator('caption')).toContainText(`× ${shown.length} questions`);
	await expect(grid.locator('[data-testid="cell"][data-status="correct"]')).toHaveCount(1);
	await expectAccessible(t, 'review grid');
	await grid.getByRole('button', { name: 'Amira K' }).click();
	await expect(t.getByTestId('review-by-student')).toContainText('Both accounts cite witnesses.');
	await expectAccessible(t, 'review by student');
	await t.getByRole('tab', { name: 'By question' }).click();
	await expect(t.getByTestId('review-by-question')).toBeVisible();
	await expectAccessible(t, 'review by question');

	// the gradebook carries the same
	const gradebook = t.waitForEvent('download');
	await t.getByTestId('export-gradebook').click();
	const csv = readFileSync(await (await gradebook).path(), 'utf8');
	expect(csv).toContain('Amira K');
	expect(csv).toContain('right first try');
	expect(csv).toContain('Both accounts cite witnesses.');

	// the same file again changes nothing
	await t.getByTestId('import-hand-ins').setInputFiles({
		name: 'again.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(lines).toHaveCount(1);
	await expect(lines.first()).toContainText('Already imported');

	await teacher.context.close();
	await student.context.close();
});

test('an empty, cut-off, changed or newer-version link is refused with its reason and adds nothing', async ({
	page
}) => {
	await open(page, '/teach/new');
	await page.getByLabel('Title').fill('Links under test');
	await page.getByTestId(`include-${LESSON}`).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByTestId('assignment-link')).toHaveValue(/\/a#2\d+$/);
	const link = await page.getByTestId('assignment-link').inputValue();
	const [base, payload] = link.split('#') as [string, string];
	const flip = (c: string) => (c === 'A' ? 'B' : 'A');
	const middle = Math.floor(payload.length / 2);
	const cases = [
		{ fragment: '', problem: 'empty' },
		{ fragment: payload.slice(0, -12), problem: 'truncated' },
		{
			fragment: payload.slice(0, middle) + flip(payload[middle]!) + payload.slice(middle + 1),
			problem: 'damaged'
		},
		{ fragment: payload.replace(/^2/, '3'), problem: 'newer' }
	];
	for (const { fragment, problem } of cases) {
		await page.goto(`${base}#${fragment}`);
		await page.reload();
		const shown = page.getByTestId('link-problem');
		await expect(shown, `a link with problem "${problem}"`).toHaveAttribute(
			'data-problem',
			problem
		);
		await expect(shown).not.toBeEmpty();
	}
	const received = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('parallax');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const count = request.result.transaction('received').objectStore('received').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);
	expect(received).toBe(0);
});
