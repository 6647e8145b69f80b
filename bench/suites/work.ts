import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { type BenchRow, median, ms } from '../report';

const LESSON = 'khojaly-1992';

async function firstVisit(browser: Browser, base: string): Promise<Page> {
	const context = await browser.newContext({
		baseURL: base,
		viewport: { width: 820, height: 1180 }
	});
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForFunction(() => {
		const states = [...document.querySelectorAll('[data-testid="lesson-state"]')];
		return states.length > 0 && states.every((e) => e.textContent?.includes('On this device'));
	});
	return page;
}

const percentile = (values: number[], p: number) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)]!;

/**
 * Last keystroke → answer committed in IndexedDB, through the real questions panel: the page
 * notes when each key went down, and a second connection polls the answers store until the
 * typed text is there.
 */
async function autosaveLatency(page: Page, samples: number): Promise<number[]> {
	await page.goto(`/lessons/${LESSON}#questions`);
	const box = page
		.locator('[data-testid="questions-panel"][data-loaded] article[data-question]')
		.filter({ hasText: 'Discussion' })
		.first()
		.locator('textarea');
	await box.click();
	await page.evaluate(() => {
		document.addEventListener('keydown', () => {
			(window as unknown as { lastKey: number }).lastKey = performance.now();
		});
	});
	const times: number[] = [];
	let typed = '';
	for (let i = 0; i < samples; i++) {
		const key = String.fromCharCode(97 + (i % 26));
		typed += key;
		await page.keyboard.press(key);
		times.push(
			await page.evaluate(async (expected) => {
				const db = await new Promise<IDBDatabase>((resolve) => {
					const request = indexedDB.open('parallax');
					request.onsuccess = () => resolve(request.result);
				});
				const started = (window as unknown as { lastKey: number }).lastKey;
				for (;;) {
					const rows = await new Promise<{ value: { text?: string } }[]>((resolve) => {
						const all = db.transaction('answers').objectStore('answers').getAll();
						all.onsuccess = () => resolve(all.result);
					});
					if (rows.some((row) => row.value.text === expected)) {
						db.close();
						return performance.now() - started;
					}
					await new Promise((resolve) => setTimeout(resolve, 5));
				}
			}, typed)
		);
	}
	return times;
}

/** Fills this device with answers: `profiles` students × `lessons` lessons × 17 questions. */
async function seedAnswers(page: Page, profiles: number, lessons: number): Promise<number> {
	return page.evaluate(
		async ({ profiles, lessons }) => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const request = indexedDB.open('parallax');
				request.onsuccess = () => resolve(request.result);
			});
			const tx = db.transaction(['profiles', 'answers'], 'readwrite');
			let count = 0;
			for (let p = 0; p < profiles; p++) {
				const profileId = `student-${p}`;
				tx.objectStore('profiles').put({
					id: profileId,
					uid: crypto.randomUUID(),
					name: `Student ${p + 1}`,
					createdAt: 1
				});
				for (let l = 0; l < lessons; l++) {
					for (let q = 0; q < 17; q++) {
						const text =
							`Answer ${q} of student ${p} to lesson ${l}, a few sentences long. `.repeat(4);
						tx.objectStore('answers').put({
							profileId,
							lessonId: `lesson-${l}`,
							questionId: `q-${q}`,
							value: { kind: 'text', text },
							updatedAt: Date.now()
						});
						count++;
					}
				}
			}
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
			return count;
		},
		{ profiles, lessons }
	);
}

/** Backup of a whole class through the settings page: export, then import on a fresh device. */
async function backupRoundTrip(browser: Browser, base: string) {
	const page = await firstVisit(browser, base);
	const answers = await seedAnswers(page, 30, 10);
	await page.goto('/settings');
	// thirty profiles: the tablet asks who is reading first
	await page
		.getByRole('dialog', { name: "Who's reading?" })
		.getByRole('button', { name: 'Close' })
		.click();
	const exportStart = Date.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }).catch(async (error: unknown) => {
			throw new Error(
				`no backup file: ${await page.getByTestId('backup-message').textContent()} (${String(error)})`
			);
		}),
		page.getByRole('button', { name: 'Save a backup file' }).click()
	]);
	const file = readFileSync((await download.path())!);
	const exportMs = Date.now() - exportStart;

	const fresh = await firstVisit(browser, base);
	await fresh.goto('/settings');
	const importStart = Date.now();
	await fresh
		.getByLabel('Import a backup file')
		.setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: file });
	const message = fresh.getByTestId('backup-message');
	await fresh
		.getByTestId('backup-message')
		.filter({ hasText: /Imported class\.json|was not imported/ })
		.waitFor({ timeout: 60_000 });
	const outcome = (await message.textContent()) ?? '';
	if (!outcome.includes('Imported')) throw new Error(`the class backup was refused: ${outcome}`);
	const importMs = Date.now() - importStart;
	await page.context().close();
	await fresh.context().close();
	return { answers, bytes: file.length, exportMs, importMs };
}

export async function workBench(browser: Browser, base: string): Promise<BenchRow[]> {
	const page = await firstVisit(browser, base);
	const times = await autosaveLatency(page, 50);
	await page.context().close();
	const backup = await backupRoundTrip(browser, base);
	const p95 = percentile(times, 0.95);
	return [
		{
			group: 'autosave',
			metric: 'last keystroke → answer in IndexedDB, median of 50 (400 ms debounce included)',
			value: ms(median(times)),
			target: ''
		},
		{
			group: 'autosave',
			metric: 'last keystroke → answer in IndexedDB, p95',
			value: ms(p95),
			target: '≤ 600 ms',
			ok: p95 <= 600
		},
		{
			group: 'backup',
			metric: `export 30 profiles × 10 lessons (${backup.answers} answers, ${(backup.bytes / 1024 / 1024).toFixed(1)} MB)`,
			value: ms(backup.exportMs),
			target: ''
		},
		{
			group: 'backup',
			metric: 'import the same file on a fresh device (validated, merged)',
			value: ms(backup.importMs),
			target: ''
		}
	];
}
