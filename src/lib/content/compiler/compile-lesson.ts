import { lessonFrontMatter, type QuestionInput } from '../schema/lesson';
import type {
	ClaimCell,
	CompiledClaim,
	CompiledLesson,
	CompiledQuestion,
	CompiledSource,
	PassageLink
} from '../schema/compiled';
import type { GlossaryEntry } from '../schema/glossary';
import type { YamlData } from './front-matter';
import { renderMarkdown } from './markdown';
import { normalizeForMatch } from './normalize';
import { Problems } from './problems';
import { excerpt } from './provenance';
import { findQuote } from './quotes';
import { levelForGrade } from './stats';
import { validate } from './validate';

type LessonContext = {
	file: string;
	id: string;
	sources: ReadonlyMap<string, CompiledSource>;
	// sources that exist but failed to compile: their own problems are already reported
	broken: ReadonlySet<string>;
	glossary: ReadonlyMap<string, GlossaryEntry>;
	problems: Problems;
};

/** Compiles one lesson: checks its references and quotes, computes its length and level. */
export function compileLesson(
	ctx: LessonContext,
	yaml: YamlData,
	body: string
): CompiledLesson | undefined {
	const { file, sources, problems } = ctx;
	const front = validate(lessonFrontMatter, yaml, file, problems);
	if (!front) return undefined;
	const report = (path: (string | number)[], field: string, message: string) =>
		problems.add({ file, line: yaml.lineOf(path), field, message });
	const before = problems.count;

	const perspectives = new Set(front.perspectives);
	front.perspectives.forEach((id, i) => {
		if (ctx.broken.has(id)) {
			report(['perspectives', i], `perspectives[${i}]`, `source "${id}" has problems (reported above)`);
		} else if (!sources.has(id)) {
			report(['perspectives', i], `perspectives[${i}]`, `unknown source "${id}" (no content/sources/${id}.md)`);
		}
	});
	reportDuplicates(front.perspectives, (id, i) =>
		report(['perspectives', i], `perspectives[${i}]`, `source "${id}" is listed twice`)
	);
	(front.glossary ?? []).forEach((id, i) => {
		if (!ctx.glossary.has(id)) report(['glossary', i], `glossary[${i}]`, `unknown glossary term "${id}"`);
	});

	/** Resolves a quote in one of the lesson's sources to its paragraph, or reports why not. */
	const link = (sourceId: string, quote: string, path: (string | number)[], field: string) => {
		if (!perspectives.has(sourceId)) {
			report(path, field, `source "${sourceId}" is not one of this lesson's perspectives`);
			return undefined;
		}
		const source = sources.get(sourceId);
		if (!source) return undefined;
		const found = findQuote(source, quote);
		if (!found.ok) report(path, field, `${found.reason}: ${excerpt(quote)}`);
		return found.ok ? found.blockId : undefined;
	};

	reportDuplicates(
		front.claims.map((c) => c.id),
		(id, i) => report(['claims', i, 'id'], `claims[${i}].id`, `duplicate claim id "${id}"`)
	);
	const claims: CompiledClaim[] = front.claims.map((claim, i) => {
		const cells: ClaimCell[] = [];
		for (const sourceId of Object.keys(claim.cells)) {
			if (!perspectives.has(sourceId)) {
				report(['claims', i, 'cells', sourceId], `claims[${i}].cells.${sourceId}`, `source "${sourceId}" is not one of this lesson's perspectives`);
			}
		}
		for (const sourceId of front.perspectives) {
			const cell = claim.cells[sourceId];
			const path = ['claims', i, 'cells', sourceId];
			const field = `claims[${i}].cells.${sourceId}`;
			if (!cell) {
				report(['claims', i], field, 'missing: give a quote or "notAddressed: true"');
			} else if ('quote' in cell) {
				const blockId = link(sourceId, cell.quote, [...path, 'quote'], `${field}.quote`);
				if (blockId) cells.push({ source: sourceId, quote: cell.quote, blockId });
			} else {
				cells.push({ source: sourceId, notAddressed: true, ...(cell.note ? { note: cell.note } : {}) });
			}
		}
		return { id: claim.id, point: claim.point, cells };
	});

	reportDuplicates(
		front.questions.map((q) => q.id),
		(id, i) => report(['questions', i, 'id'], `questions[${i}].id`, `duplicate question id "${id}"`)
	);
	const questions = front.questions.map((q, i) =>
		compileQuestion(q, ['questions', i], `questions[${i}]`, { report, link, sources, broken: ctx.broken, perspectives: front.perspectives })
	);

	const teacherGuide = renderMarkdown(body);
	if (!body.trim()) report([], 'teacher guide', 'the lesson body (the teacher guide) is empty');
	if (problems.count > before) return undefined;

	const lessonSources = front.perspectives.map((id) => sources.get(id)).filter((s) => s !== undefined);
	const words = lessonSources.reduce((sum, s) => sum + s.stats.words, 0);
	// a words-weighted grade: long texts shape the reading level more than short ones
	const grade = Math.round((lessonSources.reduce((sum, s) => sum + s.stats.grade * s.stats.words, 0) / Math.max(1, words)) * 10) / 10;
	return {
		id: ctx.id,
		title: front.title,
		summary: front.summary,
		topic: front.topic,
		contentNote: front.contentNote,
		perspectives: front.perspectives,
		claims,
		questions: questions.filter((q) => q !== undefined),
		glossary: front.glossary ?? [],
		teacherGuide,
		minutes: lessonSources.reduce((sum, s) => sum + s.stats.minutes, 0),
		grade,
		level: levelForGrade(grade)
	};
}

type QuestionHelpers = {
	report: (path: (string | number)[], field: string, message: string) => void;
	link: (source: string, quote: string, path: (string | number)[], field: string) => string | undefined;
	sources: ReadonlyMap<string, CompiledSource>;
	broken: ReadonlySet<string>;
	perspectives: string[];
};

function compileQuestion(
	q: QuestionInput,
	path: (string | number)[],
	field: string,
	{ report, link, sources, broken, perspectives }: QuestionHelpers
): CompiledQuestion | undefined {
	let passage: PassageLink | undefined;
	if (q.passage) {
		const blockId = link(q.passage.source, q.passage.quote, [...path, 'passage', 'quote'], `${field}.passage.quote`);
		if (blockId) passage = { ...q.passage, blockId };
	}
	if (q.fromArticle && !broken.has(q.fromArticle)) {
		const source = sources.get(q.fromArticle);
		const asked = (source?.questions ?? []).map(normalizeForMatch);
		if (!source) {
			report([...path, 'fromArticle'], `${field}.fromArticle`, `unknown source "${q.fromArticle}"`);
		} else if (!asked.includes(normalizeForMatch(q.prompt))) {
			report([...path, 'prompt'], `${field}.prompt`, `is marked as from the article but is not one of the questions of source "${q.fromArticle}"`);
		}
	}
	const base = {
		id: q.id,
		prompt: q.prompt,
		...(q.fromArticle ? { fromArticle: q.fromArticle } : {}),
		...(passage ? { passage } : {})
	};
	switch (q.kind) {
		case 'discussion':
			return { ...base, kind: q.kind, hints: q.hints ?? [] };
		case 'short-answer':
			return { ...base, kind: q.kind, modelAnswer: q.modelAnswer };
		case 'multiple-choice': {
			const answer = q.choices.indexOf(q.answer);
			if (answer === -1) {
				report([...path, 'answer'], `${field}.answer`, `${excerpt(q.answer)} is not one of the choices`);
				return undefined;
			}
			reportDuplicates(q.choices, (c, i) => report([...path, 'choices', i], `${field}.choices[${i}]`, `duplicate choice ${excerpt(c)}`));
			return { ...base, kind: q.kind, choices: q.choices, answer, explanation: q.explanation };
		}
		case 'evidence': {
			const blockId = link(q.source, q.answer, [...path, 'answer'], `${field}.answer`);
			if (!blockId) return undefined;
			return { ...base, kind: q.kind, source: q.source, answer: blockId, answerQuote: q.answer, explanation: q.explanation };
		}
		case 'compare': {
			const chosen = q.sources ?? perspectives;
			chosen.forEach((id, i) => {
				if (!perspectives.includes(id)) report([...path, 'sources', i], `${field}.sources[${i}]`, `source "${id}" is not one of this lesson's perspectives`);
			});
			return { ...base, kind: q.kind, sources: chosen };
		}
	}
}

function reportDuplicates(values: string[], onDuplicate: (value: string, index: number) => void) {
	const seen = new Set<string>();
	values.forEach((value, i) => {
		if (seen.has(value)) onDuplicate(value, i);
		seen.add(value);
	});
}
