// Issue 18, done when: with no network at all, a teacher makes a lesson from two pasted accounts
// (quotes picked by selecting them, a question of each kind), publishes it and passes it on as
// its lesson file and as an assignment file; a student's tablet imports both, reads the accounts
// side by side, answers and hands in; the teacher imports the hand-in and reviews it.
import { expect, test, type BrowserContext, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { selectWords } from './support/annotations';
import { installedDevice, open } from './support/app';
import { flat, pdfLines } from './support/pdf-text';
import { pickQuote, writeLesson } from './support/lesson-editor';
import { expectSaved, firstOfKind, openQuestions } from './support/questions';
import { serveBuild, type RunningServer } from './support/server';

const PORT = 4336;
const LESSON = 'corridor-shooting-9b';
let server: RunningServer | undefined;

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function allOffline(...contexts: BrowserContext[]) {
	await server?.stop();
	server = undefined;
	for (const context of contexts) await context.setOffline(true);
}

async function addQuestion(editor: Locator, kind: string): Promise<Locator> {
	await editor.getByLabel('New question').selectOption(kind);
	await editor.getByRole('button', { name: 'Add the question' }).click();
	const question = editor.getByTestId('editor-question').last();
	await expect(question).toBeVisible();
	return question;
}

async function writeQuestions(editor: Locator): Promise<void> {
	const discussion = await addQuestion(editor, 'discussion');
	await discussion.getByTestId('question-prompt').fill('Why might the two accounts differ?');
	const short = await addQuestion(editor, 'short-answer');
	await short.getByTestId('question-prompt').fill('What does the report say happened?');
	await short.getByLabel('Model answer').fill('Three police officers were killed.');
	const choice = await addQuestion(editor, 'multiple-choice');
	await choice.getByTestId('question-prompt').fill('Whom does the report cite for the deaths?');
	await choice.getByLabel('Choice 1', { exact: true }).fill('The ministry');
	await choice.getByLabel('Choice 2', { exact: true }).fill('The other side’s officials');
	await choice.getByLabel(/^Explanation/).fill('It says “the ministry said”.');
	const evidence = await addQuestion(editor, 'evidence');
	await evidence
		.getByTestId('question-prompt')
		.fill('Which paragraph of the statement gives its side’s version?');
	await evidence
		.getByLabel('The account students find the evidence in')
		.selectOption({ label: 'A fabrication, officials say' });
	await evidence.getByLabel('Quote 1').fill('answered fire from the column');
	await evidence.getByLabel('Explanation').fill('It says their soldiers answered fire.');
	const compare = await addQuestion(editor, 'compare');
	await compare.getByTestId('question-prompt').fill('Compare what each says about who fired.');
}

test('a lesson made offline goes to a student tablet as files, comes back as a hand-in and is reviewed', async ({
	browser
}) => {
	test.setTimeout(240_000);
	server = await serveBuild('build', PORT);
	const teacher = await installedDevice(browser, server.url);
	const student = await installedDevice(browser, server.url);
	await allOffline(teacher.context, student.context);

	// the teacher writes the lesson with no network
	const t = teacher.page;
	await open(t, '/teach/lessons');
	await t.getByRole('button', { name: 'Write a new lesson' }).click();
	const editor = t.getByTestId('lesson-editor');
	await writeLesson(t);
	await t.getByLabel(/^Made by/).fill('Ms Petrosyan, School 12');
	await t.getByRole('button', { name: 'Add a point' }).click();
	await t.getByLabel(/^Point 1/).fill('Who fired first?');
	const cells = t.locator('ol.claims > li').first().locator('fieldset');
	await pickQuote(
		cells.nth(0),
		'Three officers killed',
		'Witnesses disagreed about who fired first.'
	);
	await pickQuote(cells.nth(1), 'A fabrication, officials say', 'answered fire from the column');
	await expect(t.locator('ol.claims [data-state="exact"]')).toHaveCount(2);
	await writeQuestions(editor);
	await t.getByRole('button', { name: 'Check and publish' }).click();
	const result = t.getByTestId('publish-result');
	await expect(result, await result.innerText().catch(() => '')).toContainText('Published');

	// in the library, marked as made here and by whom; then passed on as its lesson file
	await open(t, '/');
	await expect(
		t.locator('article.card').filter({ has: t.getByRole('link', { name: /corridor shooting/ }) })
	).toContainText('Made on this device by Ms Petrosyan, School 12, not the library');
	await open(t, '/teach/lessons');
	const row = t.locator(`[data-testid="lesson-file-row"][data-id="${LESSON}"]`);
	const [lessonDownload] = await Promise.all([
		t.waitForEvent('download'),
		row.getByRole('button', { name: /Download lesson file/ }).click()
	]);
	expect(lessonDownload.suggestedFilename()).toBe(`${LESSON}.parallax-lesson`);
	const lessonFile = readFileSync(await lessonDownload.path(), 'utf8');

	// and for a learning platform, as a QTI 2.1 package with an item per question
	const [qtiDownload] = await Promise.all([
		t.waitForEvent('download'),
		row.getByRole('button', { name: /Export for learning platforms/ }).click()
	]);
	expect(qtiDownload.suggestedFilename()).toBe(`${LESSON}.qti.zip`);
	const zip = await JSZip.loadAsync(readFileSync(await qtiDownload.path()));
	expect(Object.keys(zip.files)).toContain('imsmanifest.xml');
	const manifest = await zip.file('imsmanifest.xml')!.async('string');
	expect(manifest.match(/type="imsqti_item_xmlv2p1"/g)).toHaveLength(5);

	// the student's tablet imports it: the lesson joins its library, with who made it
	const s = student.page;
	await open(s, '/teach/lessons');
	await s.getByTestId('import-lesson-files').setInputFiles({
		name: `${LESSON}.parallax-lesson`,
		mimeType: 'application/json',
		buffer: Buffer.from(lessonFile)
	});
	await expect(
		s.locator('[data-testid="lesson-import-line"][data-outcome="imported"]')
	).toBeVisible();
	await open(s, '/');
	await expect(s.locator('article.card').filter({ hasText: 'corridor shooting' })).toContainText(
		'From a lesson file by Ms Petrosyan, School 12, not the library'
	);

	// the teacher assigns it: a link cannot carry the lesson, so the assignment goes as a file
	await open(t, '/teach/new');
	await t.getByLabel('Title').fill('The corridor shooting');
	await t.getByTestId(`include-${LESSON}`).check();
	await t.getByRole('button', { name: 'Create assignment' }).click();
	const share = t.getByTestId('assignment-file');
	await expect(share).toContainText('cannot bring it to the students’ tablets');
	const [assignmentDownload] = await Promise.all([
		t.waitForEvent('download'),
		share.getByRole('button', { name: 'Download assignment file' }).click()
	]);
	expect(assignmentDownload.suggestedFilename()).toBe('the-corridor-shooting.parallax-assignment');
	const assignmentFile = readFileSync(await assignmentDownload.path(), 'utf8');

	// the student opens it from the library page, and adds it for herself
	await open(s, '/');
	await s.getByRole('link', { name: 'Open an assignment file' }).click();
	await s.getByTestId('import-assignment-file').setInputFiles({
		name: 'the-corridor-shooting.parallax-assignment',
		mimeType: 'application/json',
		buffer: Buffer.from(assignmentFile)
	});
	await expect(s.getByRole('heading', { level: 1, name: 'The corridor shooting' })).toBeVisible();
	await s.getByRole('radio', { name: 'Someone new' }).check();
	await s.getByLabel('Name').fill('Amira K');
	await s.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(s.getByTestId('assignment-status')).toHaveText('Not started');

	// the accounts side by side on a landscape tablet
	await s.setViewportSize({ width: 1180, height: 820 });
	await open(s, `/lessons/${LESSON}`);
	const sources = s.locator('section.source');
	await expect(sources).toHaveCount(2);
	const [left, right] = [await sources.nth(0).boundingBox(), await sources.nth(1).boundingBox()];
	expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
	expect(Math.abs(right!.y - left!.y)).toBeLessThan(5);

	// a highlight, which goes with the hand-in
	await selectWords(sources.nth(1), 'answered fire from the column');
	await s.getByTestId('annotation-toolbar').getByRole('button', { name: 'Loaded word' }).click();
	await expect(sources.nth(1).locator('mark[data-kind="loaded-word"]')).toHaveText(
		'answered fire from the column'
	);

	// answers
	const panel = await openQuestions(s, LESSON);
	await firstOfKind(panel, 'Discussion')
		.locator('textarea')
		.fill('One side’s press and the other side’s officials.');
	const choice = firstOfKind(panel, 'Multiple choice');
	await choice.getByRole('radio', { name: 'The ministry', exact: true }).check();
	await choice.getByRole('button', { name: 'Check' }).click();
	await expectSaved(panel);

	// on paper: both accounts whole
	await s.emulateMedia({ media: 'print' });
	await open(s, `/lessons/${LESSON}`);
	const printed = flat((await pdfLines(await s.pdf({ format: 'Letter' }))).join(' '));
	expect(printed).toContain(flat('Witnesses disagreed about who fired first.'));
	expect(printed).toContain(flat('They said their soldiers had answered fire from the column.'));
	await s.emulateMedia({ media: 'screen' });

	// hand in, and the teacher reviews
	await open(s, '/');
	await s.getByTestId('assigned').getByRole('link', { name: 'The corridor shooting' }).click();
	const [handInDownload] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Hand in' }).click()
	]);
	const handIn = readFileSync(await handInDownload.path(), 'utf8');
	await t.getByTestId('import-hand-ins').setInputFiles({
		name: handInDownload.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(handIn)
	});
	await expect(t.getByTestId('import-line')).toHaveAttribute('data-outcome', 'imported');
	const grid = t.getByTestId('review-grid');
	await expect(grid.locator('caption')).toContainText('× 5 questions');
	await expect(grid.locator('[data-testid="cell"][data-status="correct"]')).toHaveCount(1);
	await expect(t.getByTestId('passage-marks')).toContainText(
		'1 marked this as loaded word (1 student in all)'
	);
	await grid.getByRole('button', { name: 'Amira K' }).click();
	await expect(t.getByTestId('student-marks')).toContainText('answered fire from the column');
	await expect(t.getByTestId('review-by-student')).toContainText(
		'One side’s press and the other side’s officials.'
	);
});
