// Issue 14 in the browser: evidence questions that can be answered, multiple choice shuffled per
// profile, and answers from before option ids kept (labels and notes: fair-labels.test.ts).
import { expect, test, type Page } from '@playwright/test';
import { evidenceChoices } from '../../src/lib/content/evidence-choices';
import { open } from './support/app';
import { addProfile, expectSaved, openQuestions, switchProfile } from './support/questions';
import { packs, question } from './support/built-lessons';

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
	// upgraded to the latest schema (Dexie reports version × 10): v7, annotations
	expect(stored.version).toBe(70);
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
