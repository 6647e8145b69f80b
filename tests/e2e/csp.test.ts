// Issue 18, defence in depth: lessons from other devices bring HTML made elsewhere, so every page
// carries a Content Security Policy under which markup that slipped past the sanitizer cannot run
// script, and nothing but this host is reachable.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonFile } from '../../src/lib/lesson-file/format';
import { sealLessonFile } from '../../src/lib/lesson-file/seal';
import { open } from './support/app';

type Violation = { directive: string; blocked: string };

function builtPages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : builtPages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** Records every policy violation the page reports, from before its first script. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
	await page.addInitScript(() => {
		const seen: Violation[] = [];
		Object.assign(window, { __violations: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI })
		);
	});
	return () =>
		page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

test('every built page has the policy first: no inline script but its own, no other host', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(10);
	for (const path of pages) {
		const html = readFileSync(path, 'utf8');
		const policy =
			/<meta charset="utf-8" \/>\s*<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(
				html
			)?.[1];
		expect(policy, `${path}: policy right after the charset`).toBeTruthy();
		const scriptSrc = policy!.split('; ').find((d) => d.startsWith('script-src '))!;
		expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[\w+/=]+')+$/);
		expect(policy, path).not.toMatch(/unsafe-eval|https?:|\*/);
		expect(policy, path).toContain("object-src 'none'");
		const inline = [...html.matchAll(/<script>/g)].length;
		expect(scriptSrc.match(/sha256-/g)!.length, `${path}: a hash per inline script`).toBe(inline);
	}
});

test('the app runs under the policy, and an injected handler or script is blocked and reported', async ({
	page
}) => {
	const violations = await recordViolations(page);
	for (const path of ['/', '/lessons/khojaly-1992', '/teach', '/progress', '/settings']) {
		await open(page, path);
		expect(await violations(), path).toEqual([]);
	}

	// a lesson file from elsewhere goes through the compiler and the schemas in this page
	await open(page, '/teach/lessons');
	const built = JSON.parse(
		readFileSync('build/content/files/khojaly-1992.parallax-lesson', 'utf8')
	) as LessonFile;
	const copy = sealLessonFile({ ...built, id: 'khojaly-1992-csp', title: 'Khojaly, a copy' });
	await page.getByTestId('import-lesson-files').setInputFiles({
		name: 'copy.parallax-lesson',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(copy))
	});
	await expect(
		page.locator('[data-testid="lesson-import-line"][data-outcome="imported"]')
	).toBeVisible();
	expect(await violations(), 'import').toEqual([]);

	// what a sanitizer miss would put in the page: an inline handler and an inline script
	await page.evaluate(() => {
		const markup =
			'<img src="/no-such-image.png" onerror="window.__ran = \'handler\'">' +
			'<script>window.__ran = "script"</script>';
		document.body.append(document.createRange().createContextualFragment(markup));
	});
	await expect
		.poll(async () => (await violations()).map((v) => v.directive).sort())
		.toEqual(['script-src-attr', 'script-src-elem']);
	expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
	// and the page still works
	await page.getByRole('link', { name: 'Library' }).first().click();
	await expect(page).toHaveURL(/\/$/);
});
