import { glossaryFile, type GlossaryEntry } from '../schema/glossary';
import {
	PACK_FORMAT,
	type Catalog,
	type CatalogEntry,
	type CompiledLesson,
	type CompiledSource,
	type LessonPack
} from '../schema/compiled';
import { compileLesson } from './compile-lesson';
import { markGlossaryTerms } from './glossary-marks';
import { compileSource } from './compile-source';
import { parseFrontMatter, parseYaml } from './front-matter';
import { sha256 } from './ids';
import { Problems, type Problem } from './problems';
import { SeedIndex } from './provenance';
import { validate } from './validate';

export type ContentFile = { path: string; text: string };

/** Everything the compiler reads, already loaded: the tests build this in memory. */
export type ContentFiles = {
	sources: ContentFile[];
	lessons: ContentFile[];
	glossary: ContentFile | undefined;
	seeds: ReadonlyMap<string, string>;
};

export type CompiledLibrary = {
	catalog: Catalog;
	packs: { path: string; json: string }[];
	problems: Problem[];
};

const ID_FROM_PATH = /([^/\\]+)\.md$/;
const PACK_URL = '/content/packs';

export function compileLibrary(files: ContentFiles): CompiledLibrary {
	const problems = new Problems();
	const seeds = new SeedIndex(files.seeds);
	const glossary = compileGlossary(files.glossary, problems);

	const sources = new Map<string, CompiledSource>();
	const broken = new Set<string>();
	for (const file of files.sources) {
		const id = idFromPath(file, problems);
		const parsed = parseFrontMatter(file.text);
		if (!id) continue;
		const before = problems.count;
		if (!parsed.ok) {
			problems.add({ file: file.path, line: parsed.line, field: 'front matter', message: parsed.message });
			broken.add(id);
			continue;
		}
		const source = compileSource({ file: file.path, id, seeds, problems }, parsed.yaml, parsed.body, parsed.bodyLine);
		if (source && problems.count === before) sources.set(id, source);
		else broken.add(id);
	}
	for (const source of sources.values()) {
		if (source.commentsOn && sources.get(source.commentsOn)?.kind === undefined) {
			problems.add({ file: `content/sources/${source.id}.md`, field: 'commentsOn', message: `unknown source "${source.commentsOn}"` });
		}
	}

	const lessons: CompiledLesson[] = [];
	for (const file of files.lessons) {
		const id = idFromPath(file, problems);
		const parsed = parseFrontMatter(file.text);
		if (!id) continue;
		if (!parsed.ok) {
			problems.add({ file: file.path, line: parsed.line, field: 'front matter', message: parsed.message });
			continue;
		}
		const lesson = compileLesson({ file: file.path, id, sources, broken, glossary, problems }, parsed.yaml, parsed.body);
		if (lesson) lessons.push(lesson);
	}

	const packs: CompiledLibrary['packs'] = [];
	const entries: CatalogEntry[] = [];
	for (const lesson of lessons.sort((a, b) => a.id.localeCompare(b.id))) {
		const { pack, json } = buildPack(lesson, sources, glossary);
		const path = `${PACK_URL}/${lesson.id}-${pack.hash.slice(0, 12)}.json`;
		packs.push({ path, json });
		entries.push(catalogEntry(lesson, pack, path, json));
	}
	return { catalog: { format: PACK_FORMAT, lessons: entries }, packs, problems: problems.list };
}

function idFromPath(file: ContentFile, problems: Problems): string | undefined {
	const id = file.path.match(ID_FROM_PATH)?.[1];
	if (id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return id;
	problems.add({ file: file.path, field: 'file name', message: 'expected a lowercase slug file name like "khojaly-1992.md"' });
	return undefined;
}

function compileGlossary(file: ContentFile | undefined, problems: Problems): Map<string, GlossaryEntry> {
	const entries = new Map<string, GlossaryEntry>();
	if (!file) return entries;
	const parsed = parseYaml(file.text);
	if (!parsed.ok) {
		problems.add({ file: file.path, line: parsed.line, field: '(file)', message: parsed.message });
		return entries;
	}
	const list = validate(glossaryFile, parsed.yaml, file.path, problems) ?? [];
	list.forEach((entry, i) => {
		if (entries.has(entry.id)) {
			problems.add({ file: file.path, line: parsed.yaml.lineOf([i, 'id']), field: `[${i}].id`, message: `duplicate glossary id "${entry.id}"` });
		}
		entries.set(entry.id, entry);
	});
	return entries;
}

/** The lesson, its sources (with the comment threads posted under them) and its glossary. */
function buildPack(lesson: CompiledLesson, sources: Map<string, CompiledSource>, glossary: Map<string, GlossaryEntry>) {
	const ids = new Set(lesson.perspectives);
	for (const source of sources.values()) {
		if (source.commentsOn && ids.has(source.commentsOn)) ids.add(source.id);
	}
	const terms = lesson.glossary.map((id) => glossary.get(id)).filter((g) => g !== undefined);
	const body = {
		format: PACK_FORMAT,
		lesson,
		sources: [...ids]
			.map((id) => sources.get(id))
			.filter((s) => s !== undefined)
			.map((s) => markGlossaryTerms(s, terms)),
		glossary: terms
	};
	const hash = sha256(JSON.stringify(body));
	const pack: LessonPack = { format: PACK_FORMAT, hash, lesson, sources: body.sources, glossary: body.glossary };
	return { pack, json: JSON.stringify(pack) };
}

function catalogEntry(lesson: CompiledLesson, pack: LessonPack, path: string, json: string): CatalogEntry {
	const words = pack.sources.filter((s) => lesson.perspectives.includes(s.id)).reduce((sum, s) => sum + s.stats.words, 0);
	return {
		id: lesson.id,
		title: lesson.title,
		summary: lesson.summary,
		topic: lesson.topic,
		level: lesson.level,
		minutes: lesson.minutes,
		words,
		questionKinds: [...new Set(lesson.questions.map((q) => q.kind))],
		sources: pack.sources.map(({ id, title, outlet, kind }) => ({ id, title, outlet, kind })),
		hash: pack.hash,
		pack: path,
		bytes: Buffer.byteLength(json)
	};
}
