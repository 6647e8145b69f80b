import { expect, test, type Page } from '@playwright/test';
import { create } from 'qrcode';
import { assignmentLink, type TeacherLessons } from '../../src/lib/classroom/link';
import { encodeAssignment } from '../../src/lib/classroom/link-encode';
import { QR_OPTIONS } from '../../src/lib/classroom/teacher/qr-path';
import type { AssignmentSpec } from '../../src/lib/model';
import { storedRows } from './support/stored';

// Assignment links as a student meets them on a fresh tablet: an old (format 1) link and the new
// compact one a QR code holds, opened with nothing on the device yet; then on to a lesson.

const WIDE = { width: 1180, height: 820 };

type Catalog = { lessons: { id: string; title: string; hash: string; pack: string }[] };
type Pack = {
	lesson: { questions: { id: string }[]; perspectives: string[] };
	sources: { kind: string }[];
};

/** The build's library, read as the teacher's device holds it. */
async function library(page: Page, base: string) {
	const catalog = (await (
		await page.request.get(`${base}/content/catalog.json`)
	).json()) as Catalog;
	const packs = new Map<string, Pack>();
	for (const entry of catalog.lessons) {
		const pack = await page.request.get(`${base}/${entry.pack.replace(/^\//, '')}`);
		packs.set(entry.id, (await pack.json()) as Pack);
	}
	const teacher: TeacherLessons = {
		ids: catalog.lessons.map((l) => l.id),
		questions: (id) => packs.get(id)?.lesson.questions.map((q) => q.id)
	};
	return { catalog, packs, teacher };
}

/** Four lessons, every question required, 200 characters of instructions, a due date. */
function typicalSpec(catalog: Catalog, packs: Map<string, Pack>, hideComments = false) {
	const spec: AssignmentSpec = {
		id: 'k3x9q2m7ab',
		version: 1,
		title: 'Two accounts of the same events',
		instructions:
			'Before Thursday, read the four lessons in order. For each one, write a short paragraph: ' +
			"what happened, who says so, and how sure can we be? Don't copy sentences from the texts.",
		due: '2031-05-30',
		lessons: catalog.lessons.map((entry) => ({
			id: entry.id,
			hash: entry.hash.slice(0, 12),
			required: packs.get(entry.id)!.lesson.questions.map((q) => q.id)
		})),
		hideComments
	};
	return spec;
}

/** Collects uncaught errors of a page. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test('a fresh tablet opens an old-format link: titles appear without a reload', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, viewport: WIDE });
	const page = await context.newPage();
	const errors = watchErrors(page);
	const { catalog, packs } = await library(page, baseURL!);
	const spec = typicalSpec(catalog, packs);
	// no teacher's lessons: the format the app wrote before, at /assignment#1.…
	const link = assignmentLink(baseURL!, await encodeAssignment(spec));
	expect(link).toContain('/assignment#1.');

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
	const lessons = page.getByTestId('linked-lesson');
	await expect(lessons).toHaveCount(catalog.lessons.length);
	// never the raw ids: a clear state until the catalog is here, then the titles
	for (const entry of catalog.lessons) {
		await expect(lessons.filter({ hasText: entry.title })).toHaveCount(1, { timeout: 15_000 });
	}
	await expect(page.getByText('Getting the lessons…')).toHaveCount(0);
	await expect(page.getByText(catalog.lessons[0]!.id, { exact: true })).toHaveCount(0);
	expect(errors).toEqual([]);
	await context.close();
});

test('the exact URL of the QR code opens the assignment on a fresh tablet, which gets its lessons first', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, viewport: WIDE });
	const page = await context.newPage();
	const errors = watchErrors(page);
	const { catalog, packs, teacher } = await library(page, baseURL!);
	const spec = typicalSpec(catalog, packs);
	const link = assignmentLink(baseURL!, await encodeAssignment(spec, teacher));
	const qr = create(link, QR_OPTIONS);
	expect(qr.version).toBeLessThanOrEqual(10);
	// what a camera reads from the code is the link itself
	const text = (data: unknown) =>
		typeof data === 'string' ? data : new TextDecoder().decode(data as Uint8Array);
	const segments = qr.segments as unknown as { mode: { id: string }; data: unknown }[];
	expect(segments.map((s) => text(s.data)).join('')).toBe(link);
	expect(segments.at(-1)!.mode.id).toBe('Numeric');

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
	await expect(page.getByText(spec.instructions)).toBeVisible();
	const lessons = page.getByTestId('linked-lesson');
	for (const entry of catalog.lessons) {
		await expect(lessons.filter({ hasText: entry.title })).toHaveCount(1, { timeout: 15_000 });
	}
	// the required questions are known once the lessons are on the device
	const required = spec.lessons.reduce((sum, l) => sum + l.required.length, 0);
	await expect(page.getByTestId('required-total')).toHaveText(`${required} required questions`, {
		timeout: 20_000
	});
	await page.getByRole('button', { name: 'Add to my assignments' }).click();
	await expect(page.getByText('Added to your assignments.')).toBeVisible();
	await expect(page.getByTestId('assignment-status')).toHaveText('Not started');
	await expect(page.getByRole('link', { name: catalog.lessons[0]!.title })).toBeVisible();
	expect(errors).toEqual([]);
	await context.close();
});

test('from an assignment to a lesson with hidden comments and back, without an uncaught error', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, viewport: WIDE });
	const page = await context.newPage();
	const errors = watchErrors(page);
	const { catalog, packs, teacher } = await library(page, baseURL!);
	const spec = typicalSpec(catalog, packs, true);
	expect([...packs.values()].some((p) => p.sources.some((s) => s.kind === 'reader-comments'))).toBe(
		true
	);
	await page.goto(assignmentLink(baseURL!, await encodeAssignment(spec, teacher)));
	const add = page.getByRole('button', { name: 'Add to my assignments' });
	await expect(add).toBeEnabled({ timeout: 20_000 });
	await add.click();
	await expect(page.getByText('Added to your assignments.')).toBeVisible();

	for (const entry of catalog.lessons) {
		await page.getByRole('link', { name: entry.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
		if (packs.get(entry.id)!.sources.some((s) => s.kind === 'reader-comments')) {
			await expect(page.getByTestId('comments-hidden')).toBeVisible();
		}
		// the reader has settled: hidden comments applied, and a scrolled column's position stored
		await page.locator('section.source').first().hover();
		await page.mouse.wheel(0, 400);
		await expect
			.poll(async () => {
				const rows = await storedRows<{ lessonId: string; position: object }>(page, 'progress');
				return Object.keys(rows.find((row) => row.lessonId === entry.id)?.position ?? {});
			})
			.not.toEqual([]);
		const back = page.getByRole('link', { name: `Back to ${spec.title}` });
		await expect(back).toBeVisible();
		await back.click();
		await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
	}
	expect(errors).toEqual([]);
	await context.close();
});
