// Build-time only: reads a compiled pack from disk while a lesson page is prerendered. Reading it
// here rather than through load's fetch keeps the pack's JSON out of the page's HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, LessonPack } from '$lib/content/model';
import type { OpenedLesson } from '$lib/library/open-lesson';
import { LessonUnavailable } from '$lib/sync/fetch-lesson';

const assets = () => process.env.PARALLAX_ASSETS ?? 'static';
const readJson = <T>(path: string): T =>
	JSON.parse(readFileSync(join(assets(), path), 'utf8')) as T;

export function lessonFromBuild(id: string): OpenedLesson {
	const catalog = readJson<Catalog>('content/catalog.json');
	const entry = catalog.lessons.find((lesson) => lesson.id === id);
	if (!entry) throw new LessonUnavailable(`There is no lesson called “${id}”.`, 404);
	const pack = readJson<LessonPack>(entry.pack);
	return { lesson: pack.lesson, sources: pack.sources, glossary: pack.glossary, hash: pack.hash };
}
