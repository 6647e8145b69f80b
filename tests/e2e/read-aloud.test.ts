import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './support/app';
import { addProfile, switchProfile } from './support/questions';
import {
	endUtterancesByThemselves,
	finishUtterance,
	highlighted,
	installFakeSpeech,
	spokenSoFar,
	type FakeVoice
} from './support/fake-speech';

const LESSON = '/lessons/khojaly-1992';
const LOCAL_ENGLISH: FakeVoice = {
	name: 'Local English',
	lang: 'en-GB',
	localService: true,
	default: true
};
const NETWORK_ENGLISH: FakeVoice = {
	name: 'Network English',
	lang: 'en-US',
	localService: false,
	default: false
};
const RUSSIAN: FakeVoice = {
	name: 'Local Russian',
	lang: 'ru-RU',
	localService: true,
	default: false
};
// no Armenian voice anywhere: the device has none, as many tablets do
const VOICES = [LOCAL_ENGLISH, NETWORK_ENGLISH, RUSSIAN];

test.use({ viewport: { width: 1180, height: 820 } });

const leftAccount = (page: Page) => page.locator('section.source.in-column').first();
const control = (page: Page) => page.getByRole('group', { name: 'Read aloud' });

async function openControl(page: Page) {
	await leftAccount(page).getByRole('button', { name: 'Read aloud', exact: true }).click();
	await expect(control(page)).toBeVisible();
}

/** Waits until the page has asked for `count` utterances, and returns them. */
async function utterances(page: Page, count: number) {
	await expect.poll(async () => (await spokenSoFar(page)).length).toBeGreaterThanOrEqual(count);
	return spokenSoFar(page);
}

test('an account is read in order, in pieces of at most 200 characters, the sentence spoken highlighted', async ({
	page
}) => {
	await installFakeSpeech(page, VOICES);
	await open(page, LESSON);
	await openControl(page);
	const status = control(page).getByRole('status');
	await expect(status).toContainText(/Ready to read \d+ sentences/);
	// only the text's language is offered, never the Russian voice
	const voiceChoice = control(page).getByLabel('Voice');
	await expect(voiceChoice.locator('option')).toHaveText(['Local English', 'Network English']);

	const rightColumn = page.locator('section.source.in-column').nth(1);
	const scrollsBefore = await rightColumn.evaluate((column) => [column.scrollTop, window.scrollY]);
	await control(page).getByRole('button', { name: 'Play' }).click();
	await expect(status).toHaveText('Reading aloud.');
	for (let n = 1; n <= 3; n++) {
		const spoken = await utterances(page, n);
		const now = spoken[n - 1]!;
		expect(now).toMatchObject({ lang: 'en', voice: 'Local English', rate: 1 });
		// the highlighted sentence is the one being spoken, its first word the word highlight
		await expect.poll(() => highlighted(page, 'readaloud-sentence')).toBe(now.text);
		await expect.poll(() => highlighted(page, 'readaloud-word')).toBe(now.text.split(/\s+/)[0]);
		await expect(control(page)).toContainText(`Sentence ${n} of`);
		await finishUtterance(page);
	}

	// the rest by itself, to the end
	await endUtterancesByThemselves(page);
	await expect(status).toHaveText('Finished reading.', { timeout: 30_000 });
	const spoken = await spokenSoFar(page);
	// the account's text with its own questions (the folded reader comments are not shown, so not read)
	const text = await leftAccount(page)
		.locator('.text')
		.evaluate((root) => root.textContent ?? '');
	const lastParagraph = await leftAccount(page)
		.locator('.text .body > p')
		.last()
		.evaluate((p) => p.textContent?.trim() ?? '');
	expect(spoken.length).toBeGreaterThan(10);
	let from = 0;
	for (const { text: words } of spoken) {
		expect(words.length).toBeLessThanOrEqual(200);
		expect(words.length).toBeGreaterThan(0);
		// each utterance is the next piece of the text
		const at = text.indexOf(words, from);
		expect(
			at,
			`"${words}" follows "${text.slice(Math.max(0, from - 40), from)}"`
		).toBeGreaterThanOrEqual(from);
		from = at + words.length;
	}
	// the sentence read was kept in view by scrolling its own column only
	expect(await leftAccount(page).evaluate((column) => column.scrollTop)).toBeGreaterThan(0);
	expect(await rightColumn.evaluate((column) => [column.scrollTop, window.scrollY])).toEqual(
		scrollsBefore
	);
	// the article is read to its last word
	expect(spoken.some(({ text: words }) => lastParagraph.endsWith(words))).toBe(true);
	// a sentence longer than 200 characters is read in pieces, none left out
	expect(spoken.some(({ text: words }) => words.length > 150)).toBe(true);
});

test('pause, resume, next, previous and speed, from the keyboard', async ({ page }) => {
	await installFakeSpeech(page, VOICES);
	await open(page, LESSON);
	await openControl(page);
	const status = control(page).getByRole('status');
	// the control takes the focus, on its Play button
	await expect(control(page).getByRole('button', { name: 'Play' })).toBeFocused();
	await page.keyboard.press('Enter');
	const [first] = await utterances(page, 1);

	await expect(control(page).getByRole('button', { name: 'Pause' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText(/Paused at sentence 1 of \d+\./);
	expect(await spokenSoFar(page)).toHaveLength(1);

	// resume speaks the sentence paused in again
	await control(page).getByRole('button', { name: 'Resume' }).press('Enter');
	const resumed = (await utterances(page, 2))[1]!;
	expect(resumed.text).toBe(first!.text);

	await control(page).getByRole('button', { name: 'Next sentence' }).press('Enter');
	const next = (await utterances(page, 3))[2]!;
	expect(next.text).not.toBe(first!.text);
	await expect.poll(() => highlighted(page, 'readaloud-sentence')).toBe(next.text);
	await expect(control(page)).toContainText('Sentence 2 of');

	await control(page).getByRole('button', { name: 'Previous sentence' }).press('Enter');
	const back = (await utterances(page, 4))[3]!;
	expect(back.text).toBe(first!.text);

	// a new speed takes effect at once, from the start of the sentence
	await control(page).getByLabel('Speed').selectOption('1.5');
	const faster = (await utterances(page, 5))[4]!;
	expect(faster).toMatchObject({ text: first!.text, rate: 1.5 });
	await control(page).getByLabel('Voice').selectOption('Network English');
	expect((await utterances(page, 6))[5]).toMatchObject({ voice: 'Network English', rate: 1.5 });

	// stop, and Escape closes the control, back to its button
	await control(page).getByRole('button', { name: 'Stop' }).press('Enter');
	await expect(status).toContainText('Ready to read');
	await expect.poll(() => highlighted(page, 'readaloud-sentence')).toBeUndefined();
	await page.keyboard.press('Escape');
	await expect(
		leftAccount(page).getByRole('button', { name: 'Read aloud', exact: true })
	).toBeFocused();
});

test('a text with no voice of its language is not read, and the control says so', async ({
	page,
	context
}) => {
	// a Russian voice only: the English article must not be read with it
	await installFakeSpeech(page, [RUSSIAN]);
	await open(page, LESSON);
	await openControl(page);
	await expect(control(page).getByRole('status')).toHaveText(
		'This device has no voice for the language of this text, so it cannot be read aloud.'
	);
	await expect(control(page).getByRole('button', { name: 'Play' })).toBeDisabled();
	expect(await spokenSoFar(page)).toEqual([]);

	// offline, a network voice is no voice at all
	const offline = await context.newPage();
	await installFakeSpeech(offline, [NETWORK_ENGLISH]);
	await open(offline, LESSON);
	await context.setOffline(true);
	await openControl(offline);
	await expect(control(offline).getByRole('status')).toHaveText(
		'This device has no voice that works offline for the language of this text, so it cannot be read aloud now.'
	);
	await expect(control(offline).getByRole('button', { name: 'Play' })).toBeDisabled();
	expect(await spokenSoFar(offline)).toEqual([]);
	await context.setOffline(false);
});

test('the place heard is offered again after a reload, to the profile that heard it', async ({
	page
}) => {
	await installFakeSpeech(page, VOICES);
	await open(page, '/profiles');
	await addProfile(page, 'Ana');
	await switchProfile(page, 'Ana');
	await open(page, LESSON);
	await openControl(page);
	await control(page).getByRole('button', { name: 'Play' }).click();
	for (let n = 1; n <= 3; n++) {
		await utterances(page, n);
		await finishUtterance(page);
	}
	const fourth = (await utterances(page, 4))[3]!;
	await expect(control(page)).toContainText('Sentence 4 of');
	await control(page).getByRole('button', { name: 'Pause' }).click();

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await openControl(page);
	await control(page).getByRole('button', { name: 'Continue from sentence 4' }).click();
	const continued = (await utterances(page, 1))[0]!;
	expect(continued.text).toBe(fourth.text);
	await control(page).getByRole('button', { name: 'Pause' }).click();

	// another student on the same tablet starts at the beginning
	await switchProfile(page, 'Me');
	await open(page, LESSON);
	await openControl(page);
	await expect(control(page).getByRole('status')).toContainText('Ready to read');
	await expect(control(page).getByRole('button', { name: /Continue from/ })).toHaveCount(0);
});

for (const viewport of [
	{ width: 1180, height: 820 },
	{ width: 390, height: 844 }
]) {
	test(`axe finds no violations with the control open and reading, ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await installFakeSpeech(page, VOICES);
		await open(page, LESSON);
		const account = page.locator('section.source').filter({ visible: true }).first();
		await account.getByRole('button', { name: 'Read aloud', exact: true }).click();
		await control(page).getByRole('button', { name: 'Play' }).click();
		await utterances(page, 1);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});
}

test('a glossary entry is read in English, and its Armenian form, with no Armenian voice, is left out', async ({
	page
}) => {
	await installFakeSpeech(page, VOICES);
	await open(page, LESSON);
	await page.getByRole('button', { name: 'Glossary', exact: true }).click();
	const sheet = page.locator('.sheet:popover-open');
	const entry = sheet
		.locator('dd')
		.filter({ has: page.locator('[lang="hy"]') })
		.first();
	const armenian = await entry.locator('[lang="hy"]').first().textContent();
	await entry.getByRole('button', { name: 'Read aloud', exact: true }).click();
	const group = entry.getByRole('group', { name: 'Read aloud' });
	await group.getByRole('button', { name: 'Play' }).click();
	await endUtterancesByThemselves(page);
	await expect(group.getByRole('status')).toHaveText('Finished reading.');
	const spoken = await spokenSoFar(page);
	expect(spoken.length).toBeGreaterThan(0);
	// no Armenian voice: the Armenian form is not read, and nothing is read in another voice
	expect(spoken.every((u) => u.lang === 'en' && u.voice === 'Local English')).toBe(true);
	expect(spoken.some((u) => u.text.includes(armenian!.trim()))).toBe(false);
});
