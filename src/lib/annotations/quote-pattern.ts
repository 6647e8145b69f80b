import { CONTEXT_CHARS, type TextAnchor } from './anchor-types';
import { plainText } from './plain-text';
import { WORD_WEIGHT, tokenize, type Token } from './tokens';

// a paragraph's start and end, as tokens; the source's tokens have them too (source-index.ts)
export const START_KEY = '\u0002start';
export const END_KEY = '\u0003end';

/**
 * What an anchor looks for: its prefix, quote and suffix as one plain text and as tokens, and
 * which tokens are the quote. A context that reached the paragraph's start or end says so with a
 * start or end token.
 */
export type QuotePattern = {
	// prefix + exact + suffix as plain text, and where the quote is in it
	plain: string;
	quoteStart: number;
	quoteEnd: number;
	// the context reached the start (or end) of its paragraph
	wholePrefix: boolean;
	wholeSuffix: boolean;
	tokens: Token[];
	// tokens [first, last) are the quote's
	first: number;
	last: number;
	// characters of the quote's first (last) token outside the quote: a selection cut inside a word
	headCut: number;
	tailCut: number;
};

const sentinel = (key: string, at: number): Token => ({
	key,
	start: at,
	end: at,
	weight: WORD_WEIGHT
});

export function quotePattern(anchor: TextAnchor): QuotePattern | undefined {
	const { prefix, exact, suffix } = anchor;
	const plain = plainText(prefix + exact + suffix);
	const text = plain.text;
	const firstAtOrAfter = (real: number) => {
		const i = plain.from.findIndex((f) => f >= real);
		return i === -1 ? text.length : i;
	};
	const quoteStart = firstAtOrAfter(prefix.length);
	const quoteEnd = firstAtOrAfter(prefix.length + exact.length);
	const wholePrefix = anchor.start <= prefix.length;
	const wholeSuffix = suffix.length < CONTEXT_CHARS;

	let tokens = tokenize(text);
	// a context cut at CONTEXT_CHARS may begin or end inside a word: that piece is left out
	const edge = tokens[0];
	if (!wholePrefix && edge && edge.start === 0 && edge.end <= quoteStart && edge.weight > 1)
		tokens = tokens.slice(1);
	const tail = tokens[tokens.length - 1];
	if (!wholeSuffix && tail && tail.end === text.length && tail.start >= quoteEnd && tail.weight > 1)
		tokens = tokens.slice(0, -1);

	const before = tokens.filter((t) => t.end <= quoteStart);
	const quote = tokens.filter((t) => t.end > quoteStart && t.start < quoteEnd);
	const after = tokens.filter((t) => t.start >= quoteEnd);
	if (quote.length === 0) return undefined;
	const head = wholePrefix ? [sentinel(START_KEY, 0)] : [];
	const foot = wholeSuffix ? [sentinel(END_KEY, text.length)] : [];
	const first = head.length + before.length;
	return {
		plain: text,
		quoteStart,
		quoteEnd,
		wholePrefix,
		wholeSuffix,
		tokens: [...head, ...before, ...quote, ...after, ...foot],
		first,
		last: first + quote.length,
		headCut: Math.max(0, quoteStart - quote[0]!.start),
		tailCut: Math.max(0, quote[quote.length - 1]!.end - quoteEnd)
	};
}
