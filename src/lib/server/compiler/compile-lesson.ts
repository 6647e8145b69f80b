import { optionId } from '../../content/choice-ids';
import { evidenceChoices } from '../../content/evidence-choices';
import { lessonFrontMatter, type QuestionInput } from '../../content/schema/lesson';
import type {
	ChoiceOption,
	ClaimCell,
	CompiledClaim,
	CompiledLesson,
	CompiledQuestion,
	CompiledSource,
	PassageLink,
	TimelineEvent
} from '../../content/schema/compiled';
import type { GlossaryEntry } from '../../content/schema/glossary';
import { lengthGiveaways } from './choice-length';
import type { YamlData } from './front-matter';
import { renderMarkdown } from './markdown';
import { normalizeForMatch } from '../../content/normalize';
import { Problems } from './problems';
import { excerpt } from './provenance';
import { findQuote } from './quotes';
import { levelForGrade } from './stats';
import { byDate, type ContentTimeline } from './timeline';
import { validate } from './validate';
import { markCommentNeeds } from './question-needs';

type LessonContext = {
	file: string;
	id: string;
	sources: ReadonlyMap<string, CompiledSource>;
	// sources that exist but failed to compile: their own problems are already reported
	broken: ReadonlySet<string>;
	glossary: ReadonlyMap<string, GlossaryEntry>;
	// content/timeline.yml; when absent, a lesson may not name timeline events
	timeline?: ContentTimeline;
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
			report(
				['perspectives', i],
				`perspectives[${i}]`,
				`source "${id}" has problems (reported above)`
			);
		} else if (!sources.has(id)) {
			report(
				['perspectives', i],
				`perspectives[${i}]`,
				`unknown source "${id}" (no content/sources/${id}.md)`
			);
		}
	});
	reportDuplicates(front.perspectives, (id, i) =>
		report(['perspectives', i], `perspectives[${i}]`, `source "${id}" is listed twice`)
	);
	(front.glossary ?? []).forEach((id, i) => {
		if (!ctx.glossary.has(id))
			report(['glossary', i], `glossary[${i}]`, `unknown glossary term "${id}"`);
	});
	const timeline = compileLessonTimeline(front.timeline ?? [], ctx.timeline, report);

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
				report(
					['claims', i, 'cells', sourceId],
					`claims[${i}].cells.${sourceId}`,
					`source "${sourceId}" is not one of this lesson's perspectives`
				);
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
				cells.push({
					source: sourceId,
					notAddressed: true,
					...(cell.note ? { note: cell.note } : {})
				});
			}
		}
		return { id: claim.id, point: claim.point, cells };
	});

	reportDuplicates(
		front.questions.map((q) => q.id),
		(id, i) => report(['questions', i, 'id'], `questions[${i}].id`, `duplicate question id "${id}"`)
	);
	const commentSources = new Set(
		front.perspectives.filter((id) => sources.get(id)?.kind === 'reader-comments')
	);
	const questions = markCommentNeeds(
		front.questions,
		front.questions
			.map((q, i) =>
				compileQuestion(q, ['questions', i], `questions[${i}]`, {
					report,
					link,
					sources,
					broken: ctx.broken,
					perspectives: front.perspectives
				})
			)
			.filter((q) => q !== undefined),
		commentSources,
		report
	);

	// guessable multiple choice: the correct option may be the uniquely longest in at most a third
	const choices = lengthGiveaways(questions.filter((q) => q.kind === 'multiple-choice'));
	if (choices.tooMany) {
		report(
			['questions'],
			'questions',
			`the correct option is the longest in ${choices.giveaways.length} of ${choices.total} multiple-choice questions (${choices.giveaways.join(', ')}); at most a third may be (here ${Math.floor(choices.total / 3)}): rewrite the options so that length gives nothing away`
		);
	}

	const teacherGuide = renderMarkdown(body);
	if (!body.trim()) report([], 'teacher guide', 'the lesson body (the teacher guide) is empty');
	if (problems.count > before) return undefined;

	const lessonSources = front.perspectives
		.map((id) => sources.get(id))
		.filter((s) => s !== undefined);
	const words = lessonSources.reduce((sum, s) => sum + s.stats.words, 0);
	// a words-weighted grade: long texts shape the reading level more than short ones
	const grade =
		Math.round(
			(lessonSources.reduce((sum, s) => sum + s.stats.grade * s.stats.words, 0) /
				Math.max(1, words)) *
				10
		) / 10;
	return {
		id: ctx.id,
		title: front.title,
		summary: front.summary,
		topic: front.topic,
		contentNote: front.contentNote,
		balanceNote: front.balanceNote,
		perspectives: front.perspectives,
		claims,
		questions,
		glossary: front.glossary ?? [],
		timeline,
		teacherGuide,
		minutes: lessonSources.reduce((sum, s) => sum + s.stats.minutes, 0),
		grade,
		level: levelForGrade(grade)
	};
}

type QuestionHelpers = {
	report: (path: (string | number)[], field: string, message: string) => void;
	link: (
		source: string,
		quote: string,
		path: (string | number)[],
		field: string
	) => string | undefined;
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
		const blockId = link(
			q.passage.source,
			q.passage.quote,
			[...path, 'passage', 'quote'],
			`${field}.passage.quote`
		);
		if (blockId) passage = { ...q.passage, blockId };
	}
	if (q.fromArticle && !broken.has(q.fromArticle)) {
		const source = sources.get(q.fromArticle);
		const asked = (source?.questions ?? []).map(normalizeForMatch);
		if (!source) {
			report([...path, 'fromArticle'], `${field}.fromArticle`, `unknown source "${q.fromArticle}"`);
		} else if (!asked.includes(normalizeForMatch(q.prompt))) {
			report(
				[...path, 'prompt'],
				`${field}.prompt`,
				`is marked as from the article but is not one of the questions of source "${q.fromArticle}"`
			);
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
			// ids come from the text, so an answer survives reordering and the reader's shuffle
			const choices: ChoiceOption[] = q.choices.map((text) => ({ id: optionId(text), text }));
			const firstWithId = new Map<string, number>();
			let clash = false;
			choices.forEach((choice, k) => {
				const earlier = firstWithId.get(choice.id);
				if (earlier === undefined) return void firstWithId.set(choice.id, k);
				clash = true;
				const same = normalizeForMatch(choice.text) === normalizeForMatch(q.choices[earlier]!);
				report(
					[...path, 'choices', k],
					`${field}.choices[${k}]`,
					same
						? `duplicate choice ${excerpt(choice.text)}: the same as choices[${earlier}] once quotes, dashes and spaces are normalised`
						: `${excerpt(choice.text)} has the same option id (${choice.id}) as choices[${earlier}]; reword one of them`
				);
			});
			const answer = optionId(q.answer);
			if (!firstWithId.has(answer)) {
				report(
					[...path, 'answer'],
					`${field}.answer`,
					`${excerpt(q.answer)} is not one of the choices`
				);
				return undefined;
			}
			if (clash) return undefined;
			return { ...base, kind: q.kind, choices, answer, explanation: q.explanation };
		}
		case 'evidence': {
			const evidence = compileEvidenceAnswers(q, path, field, { report, sources, perspectives });
			if (!evidence) return undefined;
			return { ...base, kind: q.kind, source: q.source, ...evidence, explanation: q.explanation };
		}
		case 'compare': {
			const chosen = q.sources ?? perspectives;
			chosen.forEach((id, i) => {
				if (!perspectives.includes(id))
					report(
						[...path, 'sources', i],
						`${field}.sources[${i}]`,
						`source "${id}" is not one of this lesson's perspectives`
					);
			});
			return { ...base, kind: q.kind, sources: chosen };
		}
	}
}

type Report = QuestionHelpers['report'];

/**
 * An evidence question's answer: each quote must be in the source, in a block the question offers
 * as a choice (evidenceChoices: an article's paragraphs, or a comment thread's comment paragraphs),
 * and in a different block from the other quotes.
 */
function compileEvidenceAnswers(
	q: Extract<QuestionInput, { kind: 'evidence' }>,
	path: (string | number)[],
	field: string,
	{ report, sources, perspectives }: Pick<QuestionHelpers, 'report' | 'sources' | 'perspectives'>
): { answers: string[]; answerQuotes: string[] } | undefined {
	const asked = `question "${q.id}"`;
	if (!perspectives.includes(q.source)) {
		report(
			[...path, 'source'],
			`${field}.source`,
			`source "${q.source}" is not one of this lesson's perspectives (${asked})`
		);
		return undefined;
	}
	// an unknown or broken source is reported with the lesson's perspectives
	const source = sources.get(q.source);
	if (!source) return undefined;
	const listed = Array.isArray(q.answer);
	const quotes = Array.isArray(q.answer) ? q.answer : [q.answer];
	const offered = new Set(evidenceChoices(source).map((b) => b.id));
	const quoteIn = new Map<string, number>();
	const answers: string[] = [];
	quotes.forEach((quote, j) => {
		const at = listed ? [...path, 'answer', j] : [...path, 'answer'];
		const where = listed ? `${field}.answer[${j}]` : `${field}.answer`;
		const found = findQuote(source, quote);
		if (!found.ok) return report(at, where, `${found.reason}: ${excerpt(quote)} (${asked})`);
		if (!offered.has(found.blockId)) {
			return report(at, where, `${excerpt(quote)} ${whyNotOffered(source, found.blockId, asked)}`);
		}
		const earlier = quoteIn.get(found.blockId);
		if (earlier !== undefined) {
			return report(
				at,
				where,
				`${excerpt(quote)} is in the same paragraph as answer[${earlier}] (${asked}): give one quote per paragraph`
			);
		}
		quoteIn.set(found.blockId, j);
		answers.push(found.blockId);
	});
	return answers.length === quotes.length ? { answers, answerQuotes: quotes } : undefined;
}

/** Why a block that holds an evidence quote is not among the choices the question offers. */
function whyNotOffered(source: CompiledSource, blockId: string, asked: string): string {
	const block = source.blocks.find((b) => b.id === blockId);
	const offers =
		source.kind === 'reader-comments'
			? `it offers the comments of "${source.id}"`
			: `it offers the paragraphs of "${source.id}"`;
	if (block?.type === 'caption')
		return `is in a caption, which ${asked} does not offer as a choice (${offers})`;
	if (block?.type === 'heading')
		return `is in a subheading, which ${asked} does not offer as a choice (${offers})`;
	if (block)
		return `is in the body of a reader-comments source, which ${asked} does not offer as a choice (${offers})`;
	return `is in a reader comment, which ${asked} does not offer as a choice (${offers}); to ask about the comments, make their reader-comments source the question's source`;
}

/** The lesson's timeline ids, each checked against content/timeline.yml, as events in date order. */
function compileLessonTimeline(
	ids: string[],
	timeline: ContentTimeline | undefined,
	report: Report
): TimelineEvent[] {
	const events: TimelineEvent[] = [];
	ids.forEach((id, i) => {
		const event = timeline?.events.get(id);
		if (event) return void events.push(event);
		const why = !timeline?.file
			? 'there is no content/timeline.yml'
			: timeline.broken
				? `not in ${timeline.file}, which has problems (reported above)`
				: `not in ${timeline.file}`;
		report(['timeline', i], `timeline[${i}]`, `unknown timeline event "${id}" (${why})`);
	});
	reportDuplicates(ids, (id, i) =>
		report(['timeline', i], `timeline[${i}]`, `timeline event "${id}" is listed twice`)
	);
	return byDate(events);
}

function reportDuplicates(values: string[], onDuplicate: (value: string, index: number) => void) {
	const seen = new Set<string>();
	values.forEach((value, i) => {
		if (seen.has(value)) onDuplicate(value, i);
		seen.add(value);
	});
}
