// Issue 14 in the browser: evidence questions that can be answered, multiple choice shuffled per
// profile, reader comments marked unverified, the balance note, the timeline and an article's
// own questions.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evidenceChoices } from '../../src/lib/content/evidence-choices';
import type { Catalog, LessonPack } from '../../src/lib/content/schema/compiled';
import { open, waitUntilOfflineReady } from './support/app';
import { addProfile, expectSaved, openQuestions, switchProfile } from './support/questions';

// the packs the build serves, read from disk as the build wrote them
const CONTENT = join(process.cwd(), 'build', 'content');
const catalog = JSON.parse(readFileSync(join(CONTENT, 'catalog.json'), 'utf8')) as Catalog;
const packs: LessonPack[] = catalog.lessons.map(
	(entry) => JSON.parse(readFileSync(join('build', entry.pack), 'utf8')) as LessonPack
);
const question = (panel: Locator, id: string) => panel.locator(`article[data-question="${id}"]`);

test('every evidence question of every lesson offers each accepted answer, and choosing it is right', async ({
	page
}) => {
	test.setTimeout(180_000);
	let checked = 0;
	for (const pack of packs) {
		const evidence = pack.lesson.questions.filter((q) => q.kind === 'evidence');
		if (evidence.length === 0) continue;
		const panel = await openQuestions(page, pack.lesson.id);
		for (const q of evidence) {
			const card = question(panel, q.id);
			const source = pack.sources.find((s) => s.id === q.source)!;
			// the list (the keyboard's way; a tap in the text is the other) folds under the question:
			// it is every paragraph of the article, or every comment paragraph of a thread
			await card.locator('details.list > summary').click();
			const offered = await card
				.getByRole('radio')
				.evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
			expect(offered, `${pack.lesson.id}/${q.id}`).toEqual(
				evidenceChoices(source).map((b) => b.id)
			);
			expect(offered.length, `${pack.lesson.id}/${q.id}`).toBeGreaterThan(1);
			for (const answer of q.answers) {
				expect(offered, `${pack.lesson.id}/${q.id} offers ${answer}`).toContain(answer);
				await card.locator(`input[type=radio][value="${answer}"]`).check();
				await card.getByRole('button', { name: 'Check' }).click();
				await expect(
					card.getByText(/^Yes, that (paragraph|comment) supports it\./),
					`${pack.lesson.id}/${q.id} accepts ${answer}`
				).toBeVisible();
				checked++;
			}
		}
	}
	// every lesson's evidence questions, comment threads among them
	expect(checked).toBeGreaterThanOrEqual(packs.flatMap((p) => p.lesson.questions).length / 10);
	const overComments = packs.flatMap((p) =>
		p.lesson.questions.filter(
			(q) =>
				q.kind === 'evidence' &&
				p.sources.find((s) => s.id === q.source)?.kind === 'reader-comments'
		)
	);
	expect(overComments.length).toBeGreaterThan(0);
});

test('an evidence question over a comment thread names each comment and says which are replies', async ({
	page
}) => {
	const pack = packs.find((p) =>
		p.lesson.questions.some(
			(q) =>
				q.kind === 'evidence' &&
				p.sources.find((s) => s.id === q.source)?.kind === 'reader-comments'
		)
	)!;
	const q = pack.lesson.questions.find(
		(q) =>
			q.kind === 'evidence' &&
			pack.sources.find((s) => s.id === q.source)?.kind === 'reader-comments'
	)!;
	const panel = await openQuestions(page, pack.lesson.id);
	const card = question(panel, q.id);
	await card.locator('details.list > summary').click();
	await expect(card.locator('legend')).toContainText('Reader comments (unverified)');
	await expect(card.getByText(/^Comment 1\b/).first()).toBeVisible();
	expect(await card.getByText(/, reply to /).count()).toBeGreaterThan(0);
	// a wrong comment is marked wrong, in the thread's words
	const answers = new Set((q.kind === 'evidence' && q.answers) || []);
	const wrong = await card
		.getByRole('radio')
		.evaluateAll(
			(radios, right) =>
				radios.map((r) => (r as HTMLInputElement).value).find((v) => !right.includes(v))!,
			[...answers]
		);
	await card.locator(`input[type=radio][value="${wrong}"]`).check();
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(card.getByText('That comment does not show it.')).toBeVisible();
});

/** Each multiple-choice question's option texts, in the order shown. */
async function choiceOrders(page: Page, lessonId: string): Promise<string[][]> {
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(panel).toBeVisible();
	const pack = packs.find((p) => p.lesson.id === lessonId)!;
	const orders: string[][] = [];
	for (const q of pack.lesson.questions) {
		if (q.kind !== 'multiple-choice') continue;
		orders.push(await question(panel, q.id).locator('.choices label').allInnerTexts());
	}
	return orders;
}

test('multiple-choice options are shuffled per profile, and stay put across a reload', async ({
	page
}) => {
	const lessonId = 'khojaly-1992';
	const pack = packs.find((p) => p.lesson.id === lessonId)!;
	const authored = pack.lesson.questions.flatMap((q) =>
		q.kind === 'multiple-choice' ? [q.choices.map((c) => c.text)] : []
	);
	expect(authored.length).toBeGreaterThanOrEqual(3);

	await openQuestions(page, lessonId);
	const mine = await choiceOrders(page, lessonId);
	// the same options, each question's in some order
	expect(mine.map((o) => [...o].sort())).toEqual(authored.map((o) => [...o].sort()));
	await page.reload();
	expect(await choiceOrders(page, lessonId)).toEqual(mine);

	// another profile on the same tablet sees another order
	await open(page, '/profiles');
	await addProfile(page, 'Ana');
	await switchProfile(page, 'Ana');
	await openQuestions(page, lessonId);
	const anas = await choiceOrders(page, lessonId);
	expect(anas.map((o) => [...o].sort())).toEqual(authored.map((o) => [...o].sort()));
	expect(anas).not.toEqual(mine);
	await page.reload();
	expect(await choiceOrders(page, lessonId)).toEqual(anas);

	// an answer is kept by its option, not its place: the right option, checked, survives a reload
	const q = pack.lesson.questions.find((q) => q.kind === 'multiple-choice')!;
	if (q.kind !== 'multiple-choice') throw new Error('no multiple-choice question');
	const right = q.choices.find((c) => c.id === q.answer)!;
	const panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	const card = question(panel, q.id);
	await card.getByRole('radio', { name: right.text, exact: true }).check();
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(card.getByText(/^Correct\./)).toBeVisible();
	// reloaded once the panel says the answer is stored, as a student would see it
	await expectSaved(panel);
	await page.reload();
	await expect(
		question(panel, q.id).getByRole('radio', { name: right.text, exact: true })
	).toBeChecked();
	await expect(question(panel, q.id).getByText(/^Correct\./)).toBeVisible();
});

test('reader comments say "unverified" in the claims table, its cells, the tabs and the column picker', async ({
	page
}) => {
	const withComments = packs.filter((p) =>
		p.lesson.perspectives.some(
			(id) => p.sources.find((s) => s.id === id)?.kind === 'reader-comments'
		)
	);
	expect(withComments.length).toBeGreaterThan(0);
	for (const pack of withComments) {
		await page.setViewportSize({ width: 1180, height: 820 });
		await open(page, `/lessons/${pack.lesson.id}`);
		await page.getByRole('button', { name: 'Agree & differ' }).click();
		const table = page.locator('details.claims table');
		await expect(table).toBeVisible();
		const headings = await table.locator('thead th').allInnerTexts();
		const perspectives = pack.lesson.perspectives.map((id) =>
			pack.sources.find((s) => s.id === id)!
		);
		for (const [i, source] of perspectives.entries()) {
			const heading = headings[i + 1]!;
			const cells = table.locator(`tbody tr > td:nth-child(${i + 2})`);
			expect(await cells.count()).toBe(pack.lesson.claims.length);
			if (source.kind === 'reader-comments') {
				expect(heading).toBe('Reader comments (unverified)');
				for (const text of await cells.allInnerTexts()) expect(text).toContain('(unverified)');
			} else {
				expect(heading).not.toContain('unverified');
				for (const text of await cells.allInnerTexts()) expect(text).not.toContain('unverified');
			}
		}
		// the column picker names them the same way
		const options = await page.locator('.chooser select').first().locator('option').allInnerTexts();
		expect(options.filter((o) => o === 'Reader comments (unverified)')).toHaveLength(1);

		// on a phone: the tab, and each stacked cell's label
		await page.setViewportSize({ width: 390, height: 844 });
		await expect(page.getByRole('tab', { name: 'Reader comments (unverified)' })).toBeVisible();
		// each stacked cell is headed by its data-label (shown through ::before)
		const labels = table.locator('td.unverified');
		await expect(labels).toHaveCount(pack.lesson.claims.length);
		for (const cell of await labels.all()) {
			await expect(cell).toHaveAttribute('data-label', 'Reader comments (unverified)');
		}
	}
});

test('search results mark a passage in reader comments as unverified', async ({ page }) => {
	await open(page, '/');
	await waitUntilOfflineReady(page, catalog.lessons);
	// "Chingiz Mustafayev" is named only in the Khojaly comments
	await page.getByLabel('Search all lessons').fill('Mustafayev');
	const hit = page.getByTestId('search-hit').filter({ hasText: 'Reader comments on' }).first();
	await expect(hit).toBeVisible({ timeout: 20_000 });
	await expect(hit).toContainText('Reader comments (unverified)');
});

test('each lesson shows its balance note above the accounts, and its timeline one tap away', async ({
	page
}) => {
	for (const pack of packs) {
		await page.setViewportSize({ width: 1180, height: 820 });
		await open(page, `/lessons/${pack.lesson.id}`);
		const note = page.getByTestId('balance-note');
		await expect(note).toBeVisible();
		await expect(
			note.getByRole('heading', { name: 'What this library has, and lacks' })
		).toBeVisible();
		await expect(note.locator('p')).toHaveText(pack.lesson.balanceNote);
		// above the accounts, and compact: the texts start soon after it
		const noteBox = (await note.boundingBox())!;
		const accounts = (await page.locator('section.source').first().boundingBox())!;
		expect(noteBox.y + noteBox.height).toBeLessThan(accounts.y);
		expect(noteBox.height).toBeLessThan(160);

		// the timeline opens from the lesson's toolbar, its events with it
		const timeline = page.getByTestId('timeline');
		expect(pack.lesson.timeline.length).toBeGreaterThan(0);
		await expect(timeline).toHaveCount(0);
		await page.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(timeline.locator('summary')).toContainText('Timeline for context');
		await expect(timeline.locator('ol > li')).toHaveCount(pack.lesson.timeline.length);
		await expect(timeline.locator('ol > li').first()).toBeVisible();
		const first = pack.lesson.timeline[0]!;
		const item = timeline.locator('ol > li').first();
		await expect(item).toContainText(first.text);
		await expect(item.locator('time')).toHaveAttribute('datetime', first.date);
		// written out as words, not the raw date
		await expect(item.locator('time')).not.toHaveText(first.date.length > 4 ? first.date : 'x');
		for (const name of first.names) await expect(item).toContainText(name.name);

		// printed whole, even with the fold closed
		await timeline.locator('summary').click();
		await page.emulateMedia({ media: 'print' });
		await expect(timeline.locator('ol > li').first()).toBeVisible();
		await expect(note).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
	}
});

test('My work prints the balance note and the timeline with the answers', async ({ page }) => {
	const pack = packs.find((p) => p.lesson.id === 'khojaly-1992')!;
	// opening the lesson keeps it on the device, which My work reads
	await open(page, `/lessons/${pack.lesson.id}`);
	await open(page, `/progress/${pack.lesson.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('My work');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('balance-note')).toContainText(pack.lesson.balanceNote);
	const events = page.getByTestId('timeline').locator('ol > li');
	await expect(events).toHaveCount(pack.lesson.timeline.length);
	await expect(events.first()).toBeVisible();
});

test('an article’s own questions are shown at the end of its text, as the article had them', async ({
	page
}) => {
	const asking = packs.flatMap((p) =>
		p.sources
			.filter((s) => s.questions.length > 0 && p.lesson.perspectives.includes(s.id))
			.map((s) => ({ lesson: p.lesson.id, source: s }))
	);
	expect(asking.length).toBeGreaterThan(0);
	for (const { lesson, source } of asking) {
		// on a portrait tablet, one account at a time: its tab shows it
		await page.setViewportSize({ width: 820, height: 1180 });
		await open(page, `/lessons/${lesson}`);
		await page.locator(`#tab-${source.id}`).click();
		const panel = page.locator(`section.source[data-source="${source.id}"]`);
		// at the end of a long text: paragraphs off screen are not laid out until scrolled to
		await panel.locator('.own-questions').scrollIntoViewIfNeeded();
		const own = panel.getByRole('region', { name: 'Questions the article asks its readers' });
		await expect(own.locator('li')).toHaveText(source.questions);
		// after the last paragraph of the article's text
		const last = source.blocks.at(-1)!;
		const after = await panel.evaluate((section, lastId) => {
			const region = section.querySelector('.own-questions')!;
			const block = section.querySelector(`#${CSS.escape(lastId)}`)!;
			return Boolean(block.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING);
		}, last.id);
		expect(after).toBe(true);
	}
});

test('a device with answers from before option ids keeps every one after the update', async ({
	page
}) => {
	const pack = packs.find((p) => p.lesson.id === 'khojaly-1992')!;
	const mcs = pack.lesson.questions.filter((q) => q.kind === 'multiple-choice');
	const [kept, rewritten] = mcs;
	if (kept?.kind !== 'multiple-choice' || rewritten?.kind !== 'multiple-choice') {
		throw new Error('two multiple-choice questions needed');
	}
	const right = kept.choices.findIndex((c) => c.id === kept.answer);
	const wrong = (right + 1) % kept.choices.length;
	// the lesson as the app stored it before option ids (pack format 1): options as texts, the
	// answer a position; one option of the second question has been reworded since
	const oldQuestions = pack.lesson.questions.map((q) => {
		if (q.kind === 'evidence') {
			const { answers, answerQuotes, ...rest } = q;
			return { ...rest, answer: answers[0], answerQuote: answerQuotes[0] };
		}
		if (q.kind !== 'multiple-choice') return q;
		const texts = q.choices.map((c, i) =>
			q.id === rewritten.id && i === 0 ? 'Wording since rewritten' : c.text
		);
		return { ...q, choices: texts, answer: q.choices.findIndex((c) => c.id === q.answer) };
	});
	const oldLesson: Partial<typeof pack.lesson> = { ...pack.lesson };
	delete oldLesson.balanceNote;
	delete oldLesson.timeline;
	const seed = {
		lesson: {
			id: pack.lesson.id,
			hash: 'f'.repeat(64),
			lesson: { ...oldLesson, questions: oldQuestions },
			glossary: pack.glossary,
			sourceIds: pack.sources.map((s) => s.id),
			bytes: 1,
			savedAt: 1
		},
		sources: pack.sources.map((s) => ({ ...s, lessonId: pack.lesson.id })),
		answers: [
			{ questionId: kept.id, lessonId: pack.lesson.id, choice: right, firstChoice: wrong },
			{ questionId: rewritten.id, lessonId: pack.lesson.id, choice: 0, firstChoice: 0 },
			{ questionId: 'q-old', lessonId: 'a-lesson-no-longer-here', choice: 2, firstChoice: 1 }
		].map(({ questionId, lessonId, choice, firstChoice }) => ({
			profileId: 'device',
			lessonId,
			questionId,
			value: { kind: 'choice', choice, firstChoice, attempts: 2 },
			updatedAt: 1_700_000_000_000
		}))
	};

	// before the app's code runs, the database as schema v3 wrote it (Dexie's version 3 is the
	// browser's 30), created in the same order Dexie would
	await page.addInitScript((data) => {
		if (localStorage.getItem('test.seeded')) return;
		localStorage.setItem('test.seeded', '1');
		const request = indexedDB.open('parallax', 30);
		request.onupgradeneeded = () => {
			const db = request.result;
			const store = (
				name: string,
				keyPath: string | string[],
				indexes: [string, string | string[]][]
			) => {
				const s = db.createObjectStore(name, { keyPath });
				for (const [index, path] of indexes) s.createIndex(index, path);
				return s;
			};
			store('catalog', 'id', []);
			store('lessons', 'id', [['hash', 'hash']]).put(data.lesson);
			const sources = store('sources', ['lessonId', 'id'], [['lessonId', 'lessonId']]);
			for (const source of data.sources) sources.put(source);
			store('profiles', 'id', [['name', 'name']]).put({ id: 'device', name: 'Me', createdAt: 1 });
			const answers = store(
				'answers',
				['profileId', 'lessonId', 'questionId'],
				[
					['[profileId+lessonId]', ['profileId', 'lessonId']],
					['lessonId', 'lessonId'],
					['updatedAt', 'updatedAt'],
					['profileId', 'profileId']
				]
			);
			for (const answer of data.answers) answers.put(answer);
			store('settings', 'key', []);
			store('progress', ['profileId', 'lessonId'], [['profileId', 'profileId']]);
			store('assignments', 'id', [
				['createdAt', 'createdAt'],
				['archived', 'archived']
			]);
			store('submissions', 'id', [['assignmentId', 'assignmentId']]);
			store('received', ['profileId', 'assignmentId'], [['profileId', 'profileId']]);
		};
		request.onsuccess = () => request.result.close();
	}, seed);

	let panel = await openQuestions(page, pack.lesson.id);
	// the position became the option it pointed at: checked, and right (the first try was not)
	let keptCard = question(panel, kept.id);
	await expect(
		keptCard.getByRole('radio', { name: kept.choices[right]!.text, exact: true })
	).toBeChecked();
	// the lesson on the device is still the old version, whose wording the answer chose
	await expect(
		question(panel, rewritten.id).getByRole('radio', { name: 'Wording since rewritten' })
	).toBeChecked();

	// the new version arrives (sync replaces the stored lesson), and the page is opened again
	await expect
		.poll(
			() =>
				page.evaluate(
					(id) =>
						new Promise<string | undefined>((resolve) => {
							const request = indexedDB.open('parallax');
							request.onsuccess = () => {
								const db = request.result;
								const get = db.transaction('lessons').objectStore('lessons').get(id);
								get.onsuccess = () => {
									resolve((get.result as { hash?: string } | undefined)?.hash);
									db.close();
								};
							};
						}),
					pack.lesson.id
				),
			{ timeout: 20_000 }
		)
		.toBe(pack.hash);
	await page.reload();
	panel = page.locator('[data-testid="questions-panel"][data-loaded]');
	await expect(panel).toBeVisible();
	keptCard = question(panel, kept.id);
	await expect(
		keptCard.getByRole('radio', { name: kept.choices[right]!.text, exact: true })
	).toBeChecked();
	await expect(keptCard.getByText(/^Correct\./)).toBeVisible();
	// the option it pointed at was reworded since: kept, never read as another option
	const rewrittenCard = question(panel, rewritten.id);
	await expect(rewrittenCard.getByTestId('earlier-version')).toContainText(
		'You answered an earlier version of this question'
	);
	await expect(rewrittenCard.getByRole('radio', { checked: true })).toHaveCount(0);
	await rewrittenCard.screenshot({ path: 'test-results/screens/earlier-version.png' });

	const stored = await page.evaluate(
		() =>
			new Promise<{ version: number; answers: unknown[]; oldChoices: unknown[] }>(
				(resolve, reject) => {
					const request = indexedDB.open('parallax');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const tx = db.transaction(['answers', 'oldChoices']);
						const answers = tx.objectStore('answers').getAll();
						const oldChoices = tx.objectStore('oldChoices').getAll();
						tx.oncomplete = () => {
							resolve({
								version: db.version,
								answers: answers.result,
								oldChoices: oldChoices.result
							});
							db.close();
						};
					};
				}
			)
	);
	// Dexie version 5 (schema v5: profile uids, hand-ins one row per file)
	expect(stored.version).toBe(50);
	expect(stored.answers).toHaveLength(3);
	const valueOf = (questionId: string) =>
		(stored.answers as { questionId: string; value: unknown }[]).find(
			(a) => a.questionId === questionId
		)?.value;
	expect(valueOf(kept.id)).toEqual({
		kind: 'choice',
		choice: kept.choices[right]!.id,
		firstChoice: kept.choices[wrong]!.id,
		attempts: 2
	});
	// a lesson this device no longer held: the position kept as a marker, never guessed
	expect(valueOf('q-old')).toEqual({
		kind: 'choice',
		choice: 'legacy-2',
		firstChoice: 'legacy-1',
		attempts: 2
	});
	expect(stored.oldChoices).toEqual([
		expect.objectContaining({ hash: 'f'.repeat(64), lessonId: pack.lesson.id })
	]);
});
