import { lessonFrontMatter } from '../content/schema/lesson';
import type {
	ClaimCell,
	CompiledClaim,
	CompiledLesson,
	CompiledSource,
	TimelineEvent
} from '../content/schema/compiled';
import type { GlossaryEntry } from '../content/schema/glossary';
import { lengthGiveaways } from './choice-length';
import { compileQuestion, type Report } from './compile-question';
import type { YamlData } from './front-matter';
import { renderMarkdown } from './markdown';
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
