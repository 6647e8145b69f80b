import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogEntry, LessonPack } from '../src/lib/content/model';

/** Real packs from the build, cut to about `bytes` each and copied under new ids. */
export function syntheticLibrary(buildDir: string, count: number, bytes = 6_000) {
	const catalog = JSON.parse(
		readFileSync(join(buildDir, 'content/catalog.json'), 'utf8')
	) as Catalog;
	const templates = catalog.lessons.map((entry) => {
		const pack = JSON.parse(readFileSync(join(buildDir, entry.pack), 'utf8')) as LessonPack;
		return { entry, pack: shrink(pack, bytes) };
	});
	const entries: CatalogEntry[] = [];
	const packs: LessonPack[] = [];
	for (let i = 0; i < count; i++) {
		const { entry, pack } = templates[i % templates.length]!;
		const id = `${entry.id}-synthetic-${i}`;
		const hash = `${i.toString(16).padStart(8, '0')}${entry.hash.slice(8)}`;
		entries.push({
			...entry,
			id,
			hash,
			title: `${entry.title} (${i})`,
			pack: `/synthetic/${id}.json`
		});
		packs.push({ ...pack, hash, lesson: { ...pack.lesson, id } });
	}
	return { entries, packs };
}

/** Trims a real pack to about `bytes`: fewer paragraphs, questions and claims, all real text. */
function shrink(pack: LessonPack, bytes: number): LessonPack {
	const copy = structuredClone(pack);
	const size = () => JSON.stringify(copy).length;
	copy.sources = copy.sources.slice(0, 2).map((s) => ({ ...s, comments: [] }));
	copy.glossary = copy.glossary.slice(0, 1);
	copy.lesson.teacherGuide = copy.lesson.teacherGuide.slice(
		0,
		200
	) as typeof copy.lesson.teacherGuide;
	const { questions, claims } = copy.lesson;
	while (size() > bytes && questions.length > 2) questions.pop();
	while (size() > bytes && claims.length > 1) claims.pop();
	for (const source of copy.sources) {
		while (size() > bytes && source.blocks.length > 1) source.blocks.pop();
	}
	return copy;
}
