import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompiledLibrary, ContentFiles } from '../compiler/library';

function readDir(root: string, dir: string, ext: string) {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full)
		.filter((name) => name.endsWith(ext))
		.sort()
		.map((name) => ({ path: join(dir, name), text: readFileSync(join(full, name), 'utf8') }));
}

/** Loads content/ and seeds/ from a project root. */
export function readContentFiles(root: string): ContentFiles {
	const optional = (path: string) => {
		const full = join(root, path);
		return existsSync(full) ? { path, text: readFileSync(full, 'utf8') } : undefined;
	};
	const seeds = new Map<string, string>();
	for (const file of readDir(root, 'seeds', '.txt'))
		seeds.set(file.path.slice('seeds/'.length), file.text);
	return {
		sources: readDir(root, 'content/sources', '.md'),
		lessons: readDir(root, 'content/lessons', '.md'),
		glossary: optional('content/glossary.yml'),
		timeline: optional('content/timeline.yml'),
		seeds
	};
}

/** Replaces the output folder with the catalog and the packs (only after a clean compile). */
export function writeLibrary(outDir: string, library: CompiledLibrary): void {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(join(outDir, 'packs'), { recursive: true });
	writeFileSync(join(outDir, 'catalog.json'), JSON.stringify(library.catalog));
	for (const pack of library.packs) {
		const file = join(outDir, pack.path.replace(/^\/content\//, ''));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, pack.json);
	}
}

/** Writes one lesson file per lesson into `outDir/files/` (after `writeLibrary`, which empties it). */
export function writeLessonFiles(outDir: string, files: { id: string; json: string }[]): void {
	mkdirSync(join(outDir, 'files'), { recursive: true });
	for (const file of files)
		writeFileSync(join(outDir, 'files', `${file.id}.parallax-lesson`), file.json);
}
