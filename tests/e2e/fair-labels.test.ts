// Issue 14 in the browser, continued: reader comments marked unverified wherever they appear,
// the balance note, the timeline and an article's own questions.
import { expect, test } from '@playwright/test';
import { open, waitUntilOfflineReady } from './support/app';
import { catalog, packs } from './support/built-lessons';

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
