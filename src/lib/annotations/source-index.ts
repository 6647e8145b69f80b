import type { AnchorParagraph } from './anchor-types';
import { plainText, type PlainText } from './plain-text';
import { Vocabulary, WORD_WEIGHT, tokenize } from './tokens';

export type IndexedParagraph = AnchorParagraph & { plain: PlainText };

/**
 * An account prepared for re-anchoring: each paragraph's plain text, and every paragraph's tokens
 * in one sequence, each paragraph between a start and an end mark, so a context can say "at the
 * start of a paragraph" and a quote can be kept from running over into the next one.
 * Prepare it once per version of an account and re-anchor all its annotations against it.
 */
export type SourceIndex = {
	paragraphs: IndexedParagraph[];
	vocabulary: Vocabulary;
	// per token: its vocabulary number, weight, paragraph (index) and plain [start, end)
	keys: Int32Array;
	weights: Int32Array;
	paragraph: Int32Array;
	start: Int32Array;
	end: Int32Array;
};

export function indexSource(paragraphs: readonly AnchorParagraph[]): SourceIndex {
	const vocabulary = new Vocabulary();
	const keys: number[] = [];
	const weights: number[] = [];
	const paragraph: number[] = [];
	const start: number[] = [];
	const end: number[] = [];
	const push = (key: number, weight: number, p: number, s: number, e: number) => {
		keys.push(key);
		weights.push(weight);
		paragraph.push(p);
		start.push(s);
		end.push(e);
	};
	const indexed = paragraphs.map((p, i) => {
		const plain = plainText(p.text);
		push(Vocabulary.START, WORD_WEIGHT, i, 0, 0);
		for (const t of tokenize(plain.text)) push(vocabulary.add(t.key), t.weight, i, t.start, t.end);
		push(Vocabulary.END, WORD_WEIGHT, i, plain.text.length, plain.text.length);
		return { id: p.id, text: p.text, plain };
	});
	return {
		paragraphs: indexed,
		vocabulary,
		keys: Int32Array.from(keys),
		weights: Int32Array.from(weights),
		paragraph: Int32Array.from(paragraph),
		start: Int32Array.from(start),
		end: Int32Array.from(end)
	};
}
