import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { emptyDraft, emptyQuestion, type LessonDraft } from '../../src/lib/lesson-editor/draft';
import { lessonFileFromDraft } from '../../src/lib/lesson-editor/to-lesson-file';
import type { LessonFile } from '../../src/lib/lesson-file/format';
import { sealLessonFile } from '../../src/lib/lesson-file/seal';
import { type BenchRow, median, ms } from '../report';

const RUNS = 5;

/**
 * A lesson as the issue sizes one: three accounts of 2,000 words, 40 quotes (13 points × 3
 * accounts, and one accepted paragraph), made from the real articles' sentences.
 */
function publishSizedFile(originals: string[]): LessonFile {
	const draft: LessonDraft = emptyDraft('bench');
	Object.assign(draft, {
		lessonId: 'bench-publish',
		title: 'Three long accounts',
		summary: 'Three accounts of about 2,000 words each.',
		topic: 'Bench',
		contentNote: 'None.',
		balanceNote: 'Synthetic accounts made from real sentences.',
		teacherGuide: 'Read the accounts.'
	});
	const ids = ['account-a', 'account-b', 'account-c'];
	draft.sources = ids.map((id, i) => {
		const words = originals[i % originals.length]!.split(/\s+/);
		const paragraphs: string[] = [];
		for (let n = 0; paragraphs.join(' ').split(' ').length < 2000; n++) {
			paragraphs.push(
				`${id} paragraph ${n}: ${words.slice((n * 40) % words.length, ((n * 40) % words.length) + 40).join(' ')}.`
			);
		}
		return {
			...emptyDraft('x').sources[0]!,
			id,
			title: `Account ${i + 1}`,
			date: '2024',
			perspective: 'Synthetic.',
			original: paragraphs.join('\n\n')
		};
	});
	draft.claims = Array.from({ length: 13 }, (_, c) => ({
		id: `point-${c + 1}`,
		point: `Point ${c + 1}?`,
		cells: Object.fromEntries(ids.map((id) => [id, { quote: `${id} paragraph ${c * 3}:` }]))
	}));
	draft.questions = [
		{
			...emptyQuestion('q-evidence', 'evidence'),
			prompt: 'Where does account A say it?',
			source: 'account-a',
			quotes: ['account-a paragraph 1:'],
			explanation: 'It says so.'
		}
	];
	return lessonFileFromDraft(draft, 'bench');
}

async function importTime(page: Page, file: LessonFile, run: number): Promise<number> {
	const copy = sealLessonFile({ ...file, id: `${file.id}-${run}` });
	const input = page.getByTestId('import-lesson-files');
	const line = page.locator('[data-testid="lesson-import-line"][data-outcome="imported"]');
	const started = performance.now();
	await input.setInputFiles({
		name: `${copy.id}.parallax-lesson`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(copy))
	});
	await line.waitFor({ timeout: 20_000 });
	return performance.now() - started;
}

/** Lesson files and the editor (issue 18): import and publish times, the editor's weight. */
export async function lessonFileBench(
	browser: Browser,
	base: string,
	dir: string
): Promise<BenchRow[]> {
	const filesDir = join(dir, 'content/files');
	const built = readdirSync(filesDir).map((name) => readFileSync(join(filesDir, name), 'utf8'));
	const smallest = built.sort((a, b) => a.length - b.length)[0]!;
	const real = JSON.parse(smallest) as LessonFile;
	const big = publishSizedFile(real.content.originals.map((o) => o.text));
	const rows: BenchRow[] = [];

	const context = await browser.newContext({ baseURL: base });
	const page = await context.newPage();
	await page.goto('/teach/lessons');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	for (const [label, file, target] of [
		[
			`import of a ${Math.round(smallest.length / 1024)} KB lesson file (the library's smallest)`,
			real,
			300
		],
		['publish-sized lesson: 3 accounts of 2,000 words, 40 quotes', big, 200]
	] as const) {
		const times: number[] = [];
		for (let run = 0; run < RUNS; run++) times.push(await importTime(page, file, run));
		const value = median(times);
		rows.push({
			group: 'lesson files',
			metric: `${label}: choose → checked and in the library (median of ${RUNS})`,
			value: ms(value),
			target: `≤ ${target} ms`,
			ok: value <= target
		});
	}
	await context.close();

	// the editor's own budget: everything a teacher's first visit and a new draft download
	const editor = await browser.newContext({ baseURL: base });
	const editing = await editor.newPage();
	const sizes: Promise<number>[] = [];
	editing.on('response', (response) => {
		if (response.request().resourceType() === 'script') {
			sizes.push(
				response.body().then(
					(b) => gzipSync(b, { level: 9 }).length,
					() => 0
				)
			);
		}
	});
	await editing.goto('/teach/lessons');
	await editing.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await editing.getByRole('button', { name: 'Write a new lesson' }).click();
	await editing.getByTestId('lesson-editor').waitFor();
	await editing.waitForLoadState('networkidle');
	const total = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
	rows.push({
		group: 'lesson files',
		metric: `the editor: first visit to Teach → Lessons and a new draft, gzipped JS (${sizes.length} files)`,
		value: `${(total / 1024).toFixed(1)} KB`,
		target: '≤ 150 KB',
		ok: total <= 150 * 1024
	});
	await editor.close();
	return rows;
}
