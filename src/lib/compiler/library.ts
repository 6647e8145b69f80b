import { glossaryFile, type GlossaryEntry } from '../content/schema/glossary';
import {
	PACK_FORMAT,
	type Catalog,
	type CatalogEntry,
	type CompiledLesson,
	type CompiledSource,
	type LessonPack
} from '../content/schema/compiled';
import { compileLesson } from './compile-lesson';
import { markGlossaryTerms } from './glossary-marks';
import { compileSource } from './compile-source';
import { parseFrontMatter, parseYaml } from './front-matter';
import { sha256 } from './ids';
import { Problems, type Problem } from './problems';
import { takeUnsafeMarkup } from './sanitize';
import { SeedIndex } from './provenance';
import { compileTimeline } from './timeline';
import { validate } from './validate';

export type ContentFile = { path: string; text: string };

/** Everything the compiler reads, already loaded: the tests build this in memory. */
export type ContentFiles = {
	sources: ContentFile[];
	lessons: ContentFile[];
	glossary: ContentFile | undefined;
	// content/timeline.yml, when the library has one
	timeline?: ContentFile | undefined;
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
	const steps = compileSteps(files);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same compile, letting the event loop turn every few files. jsdom keeps each document the
 * sanitizer parses alive (through a WeakRef) until the current job ends, so one long synchronous
 * compile holds all of them: gigabytes at 10,000 lessons, and garbage collection that grows
 * faster than the library.
 */
export async function compileLibraryInTurns(
	files: ContentFiles,
	every = 50
): Promise<CompiledLibrary> {
	const steps = compileSteps(files);
	for (let n = 1; ; n++) {
		const step = steps.next();
		if (step.done) return step.value;
		if (n % every === 0) await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

/** A file's front matter and body, or undefined once the reason it cannot be read is reported. */
function frontMatterOf(file: ContentFile, problems: Problems) {
	const parsed = parseFrontMatter(file.text);
	if (parsed.ok) return parsed;
	problems.add({
		file: file.path,
		line: parsed.line,
		field: 'front matter',
		message: parsed.message
	});
	return undefined;
}

/** The whole compile, pausing (yield) after each source, lesson and pack. */
function* compileSteps(files: ContentFiles): Generator<void, CompiledLibrary> {
	const problems = new Problems();
	// what an earlier, interrupted compile left is not this one's
	takeUnsafeMarkup();
	const seeds = new SeedIndex(files.seeds);
	const glossary = compileGlossary(files.glossary, problems);
	const timeline = compileTimeline(files.timeline, problems);

	const sources = new Map<string, CompiledSource>();
	const broken = new Set<string>();
	for (const file of files.sources) {
		const id = idFromPath(file, problems);
		if (!id) continue;
		const before = problems.count;
		const parsed = frontMatterOf(file, problems);
		if (!parsed) {
			broken.add(id);
			continue;
		}
		const source = compileSource(
			{ file: file.path, id, seeds, problems },
			parsed.yaml,
			parsed.body,
			parsed.bodyLine
		);
		reportUnsafeMarkup(file.path, problems);
		if (source && problems.count === before) sources.set(id, source);
		else broken.add(id);
		yield;
	}
	for (const source of sources.values()) {
		if (source.commentsOn && sources.get(source.commentsOn)?.kind === undefined) {
			problems.add({
				file: `content/sources/${source.id}.md`,
				field: 'commentsOn',
				message: `unknown source "${source.commentsOn}"`
			});
		}
	}

	const lessons: CompiledLesson[] = [];
	for (const file of files.lessons) {
		const id = idFromPath(file, problems);
		const parsed = id && frontMatterOf(file, problems);
		if (!id || !parsed) continue;
		const lesson = compileLesson(
			{ file: file.path, id, sources, broken, glossary, timeline, problems },
			parsed.yaml,
			parsed.body
		);
		const clean = !reportUnsafeMarkup(file.path, problems);
		if (lesson && clean) lessons.push(lesson);
		yield;
	}

	const packs: CompiledLibrary['packs'] = [];
	const entries: CatalogEntry[] = [];
	const threads = threadsByArticle(sources);
	for (const lesson of lessons.sort((a, b) => a.id.localeCompare(b.id))) {
		const { pack, json } = buildPack(lesson, sources, threads, glossary);
		const path = `${PACK_URL}/${lesson.id}-${pack.hash.slice(0, 12)}.json`;
		packs.push({ path, json });
		entries.push(catalogEntry(lesson, pack, path, json));
		yield;
	}
	return { catalog: { format: PACK_FORMAT, lessons: entries }, packs, problems: problems.list };
}

/** Script the sanitizer removed from a file is a problem of that file, never a silent clean-up. */
function reportUnsafeMarkup(file: string, problems: Problems): boolean {
	const unsafe = takeUnsafeMarkup();
	if (unsafe.length) {
		problems.add({
			file,
			field: 'markup',
			message: `contains ${unsafe.join(', ')}: a lesson may not carry script or embedded pages`
		});
	}
	return unsafe.length > 0;
}

function idFromPath(file: ContentFile, problems: Problems): string | undefined {
	const id = file.path.match(ID_FROM_PATH)?.[1];
	if (id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return id;
	problems.add({
		file: file.path,
		field: 'file name',
		message: 'expected a lowercase slug file name like "khojaly-1992.md"'
	});
	return undefined;
}

function compileGlossary(
	file: ContentFile | undefined,
	problems: Problems
): Map<string, GlossaryEntry> {
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
			problems.add({
				file: file.path,
				line: parsed.yaml.lineOf([i, 'id']),
				field: `[${i}].id`,
				message: `duplicate glossary id "${entry.id}"`
			});
		}
		entries.set(entry.id, entry);
	});
	return entries;
}

type Thread = { order: number; source: CompiledSource };

/** Comment threads by the source they were posted under, each with its place among all sources. */
function threadsByArticle(sources: Map<string, CompiledSource>): Map<string, Thread[]> {
	const threads = new Map<string, Thread[]>();
	[...sources.values()].forEach((source, order) => {
		if (!source.commentsOn) return;
		const list = threads.get(source.commentsOn) ?? [];
		list.push({ order, source });
		threads.set(source.commentsOn, list);
	});
	return threads;
}

/** The lesson, its sources (with the comment threads posted under them) and its glossary. */
function buildPack(
	lesson: CompiledLesson,
	sources: Map<string, CompiledSource>,
	threads: Map<string, Thread[]>,
	glossary: Map<string, GlossaryEntry>
) {
	const ids = new Set(lesson.perspectives);
	// only the threads under this lesson's sources (or under those threads), visited in source order
	// as a scan of every source would: a pack costs the same however large the library
	const reachable = new Map<number, CompiledSource>();
	const queue = [...ids];
	for (let k = 0; k < queue.length; k++) {
		for (const { order, source } of threads.get(queue[k]!) ?? []) {
			if (!reachable.has(order)) queue.push(source.id);
			reachable.set(order, source);
		}
	}
	for (const [, source] of [...reachable].sort((a, b) => a[0] - b[0])) {
		if (ids.has(source.commentsOn!)) ids.add(source.id);
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
	const pack: LessonPack = {
		format: PACK_FORMAT,
		hash,
		lesson,
		sources: body.sources,
		glossary: body.glossary
	};
	return { pack, json: JSON.stringify(pack) };
}

function catalogEntry(
	lesson: CompiledLesson,
	pack: LessonPack,
	path: string,
	json: string
): CatalogEntry {
	const words = pack.sources
		.filter((s) => lesson.perspectives.includes(s.id))
		.reduce((sum, s) => sum + s.stats.words, 0);
	return {
		id: lesson.id,
		title: lesson.title,
		summary: lesson.summary,
		topic: lesson.topic,
		level: lesson.level,
		minutes: lesson.minutes,
		words,
		questionKinds: [...new Set(lesson.questions.map((q) => q.kind))],
		sources: pack.sources.map(({ id, title, outlet, kind, label }) => ({
			id,
			title,
			outlet,
			kind,
			label
		})),
		hash: pack.hash,
		pack: path,
		bytes: new TextEncoder().encode(json).byteLength
	};
}
