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

/** Keeps whole paragraphs until the pack is about the target size. */
function shrink(pack: LessonPack, bytes: number): LessonPack {
	const copy = structuredClone(pack);
	copy.sources = copy.sources.slice(0, 2).map((s) => ({ ...s, comments: [] }));
	copy.glossary = copy.glossary.slice(0, 2);
	for (const source of copy.sources) {
		while (JSON.stringify(copy).length > bytes && source.blocks.length > 2) source.blocks.pop();
	}
	copy.lesson.teacherGuide = copy.lesson.teacherGuide.slice(
		0,
		300
	) as typeof copy.lesson.teacherGuide;
	while (JSON.stringify(copy).length > bytes && copy.lesson.questions.length > 5)
		copy.lesson.questions.pop();
	while (JSON.stringify(copy).length > bytes && copy.lesson.claims.length > 2)
		copy.lesson.claims.pop();
	return copy;
}
