// Synthetic libraries of N lessons, written as a content project and built by the real content CLI.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/lib/content/model';
import { ROOT, WORK } from '../bench-build';
import { writeSyntheticProject } from './project';
import { readRealContent, type RealContent } from './real-content';

/**
 * One compiled synthetic library.
 *
 * - `buildMs`: the content CLI's own figure ("in N ms"): reading content/ and seeds/, compiling
 *   and writing. It leaves out the process start (Node, tsx, jsdom: about a second whatever the
 *   size), which would flatter the 10,000-lesson figure against the 1,000 one.
 * - `processMs`: the whole child process, start-up included.
 * - `projectDir`: the generated project, `bench/.work/synthetic/<n>/` (`content/`, `seeds/`).
 * - `outDir`: what the compiler wrote, `bench/.work/build/synthetic-<n>/content/`: `catalog.json`
 *   and `packs/<id>-<hash>.json`, exactly as `npm run content` writes `static/content/`.
 * - `catalog`: that catalog.json, parsed. Its pack paths are the compiler's (`/content/packs/…`):
 *   a pack's file is `join(outDir, '..', entry.pack)`.
 * - `urlBase`: `/synthetic-<n>`. The bench server's root is `bench/.work/build`, so the catalog is
 *   at `${urlBase}/content/catalog.json` and each pack at `${urlBase}${entry.pack}` (outside the
 *   service worker's precache: requests go to the server).
 *
 * Lesson `i` (1…n) is `<real lesson id>-copy-<i>`, titled "… (copy i)", with 2–3 copied sources of
 * its own; the same n always gives the same files, ids and hashes.
 */
export type SyntheticLibrary = {
	n: number;
	buildMs: number;
	processMs: number;
	projectDir: string;
	outDir: string;
	catalog: Catalog;
	urlBase: string;
};

const cache = new Map<number, Promise<SyntheticLibrary>>();
let real: RealContent | undefined;

/**
 * Builds the synthetic library of `n` lessons once per bench run and hands the same one to every
 * suite that asks again. Call it after `buildForBench()`, which empties `bench/.work`.
 */
export function syntheticLibrary(n: number): Promise<SyntheticLibrary> {
	let library = cache.get(n);
	if (!library) {
		library = build(n);
		cache.set(n, library);
	}
	return library;
}

async function build(n: number): Promise<SyntheticLibrary> {
	real ??= readRealContent(ROOT);
	const projectDir = join(WORK, `synthetic/${n}`);
	writeSyntheticProject(projectDir, n, real, ROOT);
	const urlBase = `/synthetic-${n}`;
	const outDir = join(WORK, 'build', urlBase, 'content');
	const started = performance.now();
	const stdout = await run(join(ROOT, 'node_modules/.bin/tsx'), [
		'scripts/build-content.ts',
		`--root=${projectDir}`,
		`--out=${outDir}`
	]);
	const processMs = performance.now() - started;
	const buildMs = Number(stdout.match(/ in (\d+) ms/)?.[1]);
	if (!Number.isFinite(buildMs)) throw new Error(`content build printed no time:\n${stdout}`);
	const catalog = JSON.parse(readFileSync(join(outDir, 'catalog.json'), 'utf8')) as Catalog;
	if (catalog.lessons.length !== n)
		throw new Error(`expected ${n} lessons, built ${catalog.lessons.length}`);
	return { n, buildMs, processMs, projectDir, outDir, catalog, urlBase };
}

// asynchronous, so a browser the bench holds open keeps being served while the compiler works
function run(command: string, args: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(stdout);
			else reject(new Error(`content build failed (${code}):\n${stderr.slice(0, 4000)}`));
		});
	});
}
