// One synthetic lesson: a real lesson cut down and copied with its own copies of 2–3 real sources.
import { optionId } from '../../src/lib/content/choice-ids';
import { correctIsUniquelyLongest } from '../../src/lib/compiler/choice-length';
import { normalizeForMatch } from '../../src/lib/content/normalize';
import type { LessonFrontMatter, QuestionInput } from '../../src/lib/content/schema/lesson';
import type { CommentInput, SourceFrontMatter } from '../../src/lib/content/schema/source';
import type { Piece, RealComment, RealContent, RealLesson, RealSource } from './real-content';

/** A markdown file to write: its id (file name), front matter and body. */
export type SyntheticFile = { id: string; front: object; body: string };
export type SyntheticLesson = { lesson: SyntheticFile; sources: SyntheticFile[] };
type Quote = { source: string; quote: string };

const SYNTHETIC_TOPICS = [1, 2, 3, 4].map((n) => `Synthetic topic ${n}`);
const SYNTHETIC_BALANCE_NOTE =
	'A synthetic copy of a real lesson, for benchmarks: its accounts are cut down from the real ones.';

// `count` items from `from` on, wrapping: successive copies keep different claims, questions, terms
function rotate<T>(list: readonly T[], from: number, count: number): T[] {
	const n = Math.min(count, list.length);
	return Array.from({ length: n }, (_, k) => list[(from + k) % list.length]!);
}

/** 2 or 3 of the lesson's sources; a comment thread only with the article it was posted under. */
function choosePerspectives(real: RealLesson, sources: Map<string, RealSource>, i: number) {
	const all = real.front.perspectives;
	const want = 2 + (i % 2);
	const chosen = new Set<string>();
	for (const id of rotate(all, i, all.length)) {
		if (chosen.size >= want) break;
		const article = sources.get(id)!.front.commentsOn;
		if (article === undefined) chosen.add(id);
		else if (all.includes(article) && (chosen.has(article) || chosen.size + 2 <= want)) {
			chosen.add(article).add(id);
		}
	}
	return all.filter((id) => chosen.has(id));
}

/** The question with its references limited to the chosen sources, and the quotes it needs. */
function adaptQuestion(q: QuestionInput, chosen: string[], rename: (id: string) => string) {
	const copy = structuredClone(q);
	const quotes: Quote[] = [];
	if (copy.passage && chosen.includes(copy.passage.source)) {
		quotes.push({ ...copy.passage });
		copy.passage.source = rename(copy.passage.source);
	} else delete copy.passage;
	if (copy.fromArticle && chosen.includes(copy.fromArticle))
		copy.fromArticle = rename(copy.fromArticle);
	else delete copy.fromArticle;
	if (copy.kind === 'evidence') {
		if (!chosen.includes(copy.source)) return undefined;
		const answers = Array.isArray(copy.answer) ? copy.answer : [copy.answer];
		quotes.push(...answers.map((quote) => ({ source: copy.source, quote })));
		copy.source = rename(copy.source);
	}
	if (copy.kind === 'compare' && copy.sources) {
		const kept = copy.sources.filter((s) => chosen.includes(s)).map(rename);
		if (kept.length >= 2) copy.sources = kept;
		else delete copy.sources;
	}
	return { question: copy, quotes };
}

/**
 * A multiple-choice question whose correct option is the uniquely longest: a copy keeps only a few
 * questions, so one such question could be more than the third the build allows.
 */
function givesAwayByLength(q: QuestionInput): boolean {
	if (q.kind !== 'multiple-choice') return false;
	const choices = q.choices.map((text) => ({ id: optionId(text), text }));
	return correctIsUniquelyLongest({ id: q.id, choices, answer: optionId(q.answer) });
}

/** Which blocks and comment paragraphs to keep: every one a quote needs, plus the first `extra`. */
function keptPieces(source: RealSource, quotes: string[], extra: number): Set<Piece> {
	const paragraphs = (list: RealComment[]): Piece[] =>
		list.flatMap((c) => [...c.paragraphs, ...paragraphs(c.replies)]);
	// the compiler links a quote to the first block holding it, body before comments
	const all = [...source.blocks, ...paragraphs(source.comments)];
	// an article keeps at least one block, whatever the quotes; a comment thread may have no body
	const least = source.front.kind === 'reader-comments' ? 0 : 1;
	const kept = new Set(source.blocks.slice(0, Math.max(extra, least)));
	for (const quote of quotes) {
		const holder = all.find((p) => p.match.includes(quote));
		if (!holder) throw new Error(`synthetic: no block of ${source.id} holds "${quote}"`);
		kept.add(holder);
	}
	return kept;
}

/** The thread cut to kept paragraphs; the first `extra` comments stay with one paragraph. */
function trimComments(list: RealComment[], kept: Set<Piece>, extra = 0): CommentInput[] {
	return list.flatMap((c, k) => {
		const replies = trimComments(c.replies, kept);
		let paragraphs = c.paragraphs.filter((p) => kept.has(p));
		if (paragraphs.length === 0 && (replies.length > 0 || k < extra))
			paragraphs = [c.paragraphs[0]!];
		if (paragraphs.length === 0) return [];
		const { author, date } = c.input;
		return [
			{
				...(author ? { author } : {}),
				...(date ? { date } : {}),
				text: `${paragraphs.map((p) => p.raw).join('\n\n')}\n`,
				...(replies.length > 0 ? { replies } : {})
			}
		];
	});
}

function syntheticSource(
	source: RealSource,
	quotes: string[],
	i: number,
	rename: (id: string) => string
): SyntheticFile {
	// different copies keep 0–2 more opening blocks: lengths and reading levels vary
	const kept = keptPieces(source, quotes, i % 3);
	const front: SourceFrontMatter = {
		...source.front,
		title: `${source.front.title} (copy ${i})`,
		...(source.front.commentsOn ? { commentsOn: rename(source.front.commentsOn) } : {}),
		...(source.front.comments ? { comments: trimComments(source.comments, kept, 1 + (i % 2)) } : {})
	};
	const body = source.blocks
		.filter((b) => kept.has(b))
		.map((b) => b.raw)
		.join('\n\n');
	return { id: rename(source.id), front, body };
}

/** Copy number `i` (from 1) of one of the real lessons, with its own copies of its sources. */
export function syntheticLesson({ lessons, sources }: RealContent, i: number): SyntheticLesson {
	const real = lessons[i % lessons.length]!;
	const rename = (id: string) => `${id}-copy-${i}`;
	const chosen = choosePerspectives(real, sources, i);
	const quotes: Quote[] = [];

	// one claim per copy: each row quotes every chosen source, so it keeps packs small
	const claims = rotate(real.front.claims, i, 1).map((claim) => ({
		id: claim.id,
		point: claim.point,
		cells: Object.fromEntries(
			chosen.map((id) => {
				const cell = claim.cells[id]!;
				if ('quote' in cell) quotes.push({ source: id, quote: cell.quote });
				return [rename(id), cell];
			})
		)
	}));
	const usable = real.front.questions
		.filter((q) => !givesAwayByLength(q))
		.map((q) => adaptQuestion(q, chosen, rename))
		.filter((q) => q !== undefined);
	const questions = rotate(usable, i * 3, 1 + (i % 3));
	for (const q of questions) quotes.push(...q.quotes);

	const guide: string[] = [];
	for (const block of real.guide) {
		if (guide.join('').length >= 150 * (1 + (i % 3))) break;
		guide.push(block);
	}
	const front: LessonFrontMatter = {
		title: `${real.front.title} (copy ${i})`,
		summary: `${real.front.summary.match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? real.front.summary} (copy ${i})`,
		topic: [real.front.topic, ...SYNTHETIC_TOPICS][i % (SYNTHETIC_TOPICS.length + 1)]!,
		contentNote: real.front.contentNote,
		// the real lesson's note (a fallback only while a real lesson lacks one)
		balanceNote: real.front.balanceNote ?? SYNTHETIC_BALANCE_NOTE,
		perspectives: chosen.map(rename),
		claims,
		questions: questions.map((q) => q.question),
		glossary: rotate(real.front.glossary ?? [], i, 1 + (i % 3)),
		// the library's timeline is copied whole, so the real lesson's events all exist
		...(real.front.timeline ? { timeline: rotate(real.front.timeline, i, 2 + (i % 3)) } : {})
	};
	const needed = (id: string) =>
		quotes.filter((q) => q.source === id).map((q) => normalizeForMatch(q.quote));
	return {
		lesson: { id: `${real.id}-copy-${i}`, front, body: guide.join('\n\n') },
		sources: chosen.map((id) => syntheticSource(sources.get(id)!, needed(id), i, rename))
	};
}
