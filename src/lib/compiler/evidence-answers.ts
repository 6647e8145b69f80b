import { evidenceChoices } from '../content/evidence-choices';
import type { QuestionInput } from '../content/schema/lesson';
import type { CompiledSource } from '../content/schema/compiled';
import type { QuestionHelpers } from './compile-question';
import { excerpt } from './provenance';
import { findQuote } from './quotes';

/**
 * An evidence question's answer: each quote must be in the source, in a block the question offers
 * as a choice (evidenceChoices: an article's paragraphs, or a comment thread's comment paragraphs),
 * and in a different block from the other quotes.
 */
export function compileEvidenceAnswers(
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
