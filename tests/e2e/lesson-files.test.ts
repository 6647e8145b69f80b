import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { LessonFile } from '../../src/lib/lesson-file/format';
import { sealLessonFile } from '../../src/lib/lesson-file/seal';
import { open, readCatalog, waitUntilOfflineReady } from './support/app';
import { serveBuild, type RunningServer } from './support/server';

// its own server on its own port, so that it can stop it: the second tablet is offline for real
const PORT = 4335;
let server: RunningServer | undefined;

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

const asUpload = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

test('a lesson file goes from one tablet to another with no network, checked on arrival', async ({
	browser
}) => {
	server = await serveBuild('build', PORT);
	const base = server.url;

	// the teacher's tablet: the lesson's About sheet leads to its lesson file
	const teacher = await browser.newContext({ baseURL: base, acceptDownloads: true });
	const page = await teacher.newPage();
	const lessons = await readCatalog(page, base);
	await page.goto('/');
	await waitUntilOfflineReady(page, lessons);
	await open(page, '/lessons/khojaly-1992');
	await page.getByRole('button', { name: 'About' }).click();
	await page.getByRole('link', { name: 'Download lesson file' }).click();
	await expect(page).toHaveURL(/\/teach\/lessons\?lesson=khojaly-1992$/);
	const row = page.locator('[data-testid="lesson-file-row"][data-id="khojaly-1992"]');
	const button = row.getByRole('button', { name: /Download lesson file/ });
	await expect(button).toBeFocused();
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toBe('khojaly-1992.parallax-lesson');
	await expect(row.getByRole('status')).toContainText('is in your downloads');
	const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as LessonFile;
	expect(file.content.originals.length).toBeGreaterThan(0);

	// the teacher makes it their own: another id and title, sealed again
	const adapted = sealLessonFile({
		...file,
		id: 'khojaly-1992-class-9b',
		title: 'Khojaly 1992, for class 9B',
		content: {
			...file.content,
			lesson: file.content.lesson.replace(/^title: .*$/m, 'title: Khojaly 1992, for class 9B')
		}
	});
	const adaptedText = JSON.stringify(adapted);
	await teacher.close();

	// a student's tablet, visited once, then with no network at all
	const tablet = await browser.newContext({ baseURL: base });
	const other = await tablet.newPage();
	await other.goto('/');
	await waitUntilOfflineReady(other, lessons);
	await server.stop();
	server = undefined;
	await tablet.setOffline(true);
	await open(other, '/teach/lessons');
	const input = other.getByTestId('import-lesson-files');

	// a file changed on the way is refused, and nothing is stored
	await input.setInputFiles(
		asUpload('tampered.parallax-lesson', adaptedText.replace('Khojaly', 'Khojali'))
	);
	const refused = other.locator('[data-testid="lesson-import-line"][data-outcome="refused"]');
	await expect(refused).toContainText('checksum does not match');
	await expect(other.locator('[data-id="khojaly-1992-class-9b"]')).toHaveCount(0);

	// the teacher's file is checked against its originals and joins this tablet's library
	await input.setInputFiles(asUpload('khojaly-1992-class-9b.parallax-lesson', adaptedText));
	const imported = other.locator('[data-testid="lesson-import-line"][data-outcome="imported"]');
	await expect(imported).toContainText('“Khojaly 1992, for class 9B” is on this device');
	await expect(other.locator('[data-id="khojaly-1992-class-9b"]')).toContainText(
		'From a lesson file'
	);
	await imported.getByRole('link', { name: 'Open the lesson' }).click();
	await expect(
		other.getByRole('heading', { level: 1, name: 'Khojaly 1992, for class 9B' })
	).toBeVisible();
	await expect(other.locator('section.source [id^="p-"]').first()).toBeVisible();

	// and stays after a reload, offline
	await open(other, '/');
	const card = other.locator('article.card').filter({
		has: other.getByRole('link', { name: 'Khojaly 1992, for class 9B' })
	});
	await expect(card).toContainText('From a lesson file, not the library');
	await expect(
		other
			.locator('article.card')
			.filter({ has: other.getByRole('link', { name: 'Khojaly, February 1992' }) })
	).not.toContainText('lesson file');
	// the offline search finds it by its own title, and My work has its page
	await other.getByLabel('Search all lessons').fill('class 9B');
	await expect(
		other.getByTestId('search-lesson').filter({ hasText: 'Khojaly 1992, for class 9B' })
	).toBeVisible({ timeout: 15_000 });
	await open(other, '/progress/khojaly-1992-class-9b');
	await expect(other.getByRole('heading', { level: 1 })).toContainText(
		'Khojaly 1992, for class 9B'
	);

	// shared from another app (the manifest's share target): the worker keeps the file until the
	// lessons page imports it
	const status = await other.evaluate(async (text) => {
		const form = new FormData();
		form.append('lessons', new File([text], 'shared.parallax-lesson'));
		const response = await fetch('/teach/lessons/shared', {
			method: 'POST',
			body: form,
			redirect: 'manual'
		});
		return response.type;
	}, JSON.stringify(file));
	expect(status).toBe('opaqueredirect');
	await open(other, '/teach/lessons?shared=1');
	await expect(
		other.locator('[data-testid="lesson-import-line"][data-outcome="same"]')
	).toContainText('shared.parallax-lesson');
	await tablet.close();
});
