import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Catalog, LessonPack } from '../src/lib/content/model';

export const ROOT = resolve(import.meta.dirname, '..');
export const WORK = join(ROOT, 'bench/.work');
export const FLOOR_PAGE = '/bench-floor.html';

/**
 * The production build plus one plain static page of an article (the "floor"), so both are
 * precached and served by the same service worker.
 */
export function buildForBench(): { dir: string; lessonId: string } {
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
		execFileSync(join(ROOT, 'node_modules/.bin', cmd), args, {
			cwd: ROOT,
			stdio: 'pipe',
			env: { ...process.env, ...env }
		});
	run('tsx', ['scripts/build-content.ts']);
	const assets = join(WORK, 'static');
	cpSync(join(ROOT, 'static'), assets, { recursive: true });
	const catalog = JSON.parse(readFileSync(join(assets, 'content/catalog.json'), 'utf8')) as Catalog;
	const entry = catalog.lessons[0]!;
	const pack = JSON.parse(readFileSync(join(assets, entry.pack), 'utf8')) as LessonPack;
	const source = pack.sources.find((s) => s.id === pack.lesson.perspectives[0])!;
	writeFileSync(
		join(assets, FLOOR_PAGE),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${source.title}</title></head><body><main><h1>${source.title}</h1>${source.blocks.map((b) => b.html).join('')}</main></body></html>`
	);
	const dir = join(WORK, 'build');
	run('vite', ['build'], { PARALLAX_OUT: dir, PARALLAX_ASSETS: assets });
	return { dir, lessonId: entry.id };
}
