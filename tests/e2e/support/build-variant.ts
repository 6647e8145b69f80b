import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Builds a second, real version of the app ("build B") into its own folder: the same code with
 * one lesson's summary changed, so its pack gets a new hash and the service worker a new version.
 */
export function buildVariant(
	lessonId: string,
	newSummary: string
): { dir: string; cleanup(): void } {
	const work = mkdtempSync(join(tmpdir(), 'parallax-build-b-'));
	cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
	cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
	const lessonFile = join(work, 'content/lessons', `${lessonId}.md`);
	const text = readFileSync(lessonFile, 'utf8');
	const summary = /^summary:(?: >-\n(?: {2}.*\n)+|.*\n)/m;
	if (!summary.test(text)) throw new Error(`no summary in ${lessonFile}`);
	writeFileSync(lessonFile, text.replace(summary, `summary: ${JSON.stringify(newSummary)}\n`));

	const assets = join(work, 'static');
	cpSync(join(ROOT, 'static'), assets, {
		recursive: true,
		filter: (src) => !src.includes('/static/content')
	});
	const tsx = join(ROOT, 'node_modules/.bin/tsx');
	execFileSync(
		tsx,
		[join(ROOT, 'scripts/build-content.ts'), `--root=${work}`, `--out=${join(assets, 'content')}`],
		{ stdio: 'pipe' }
	);
	const dir = join(work, 'build');
	execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], {
		cwd: ROOT,
		stdio: 'pipe',
		env: { ...process.env, PARALLAX_OUT: dir, PARALLAX_ASSETS: assets }
	});
	return { dir, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
