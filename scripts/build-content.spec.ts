// The content CLI end to end: one changed word in a source fails the build and names the file.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'scripts/build-content.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
let work = '';

function copyProject(): string {
	work = mkdtempSync(join(tmpdir(), 'parallax-content-'));
	cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
	cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
	return work;
}

const run = (cwd: string) => spawnSync(TSX, [CLI], { cwd, encoding: 'utf8' });

afterEach(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

// a whole build in a child process: seconds on an idle machine, more on a busy one (not a speed check)
describe('npm run content', { timeout: 60_000 }, () => {
	it('writes the catalog and packs for valid content', () => {
		const cwd = copyProject();
		const result = run(cwd);
		expect(result.status, result.stderr).toBe(0);
		const catalog = JSON.parse(readFileSync(join(cwd, 'static/content/catalog.json'), 'utf8'));
		expect(catalog.lessons.length).toBeGreaterThan(0);
		for (const lesson of catalog.lessons)
			expect(existsSync(join(cwd, 'static', lesson.pack))).toBe(true);
	});

	it('fails, names the source file and writes nothing when one word of a paragraph changes', () => {
		const cwd = copyProject();
		const name = readdirSync(join(cwd, 'content/sources')).sort()[0]!;
		const file = join(cwd, 'content/sources', name);
		const text = readFileSync(file, 'utf8');
		const body = text.slice(text.indexOf('\n---', 3) + 4);
		const word = body.match(/\b(the|a|of|and)\b/)![0];
		writeFileSync(file, text.replace(body, body.replace(new RegExp(`\\b${word}\\b`), 'zebra')));

		const result = run(cwd);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`content/sources/${name}`);
		expect(result.stderr).toMatch(/not found verbatim in seeds\//);
		expect(existsSync(join(cwd, 'static/content'))).toBe(false);
	});
});
