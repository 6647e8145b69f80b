import { normalizeForMatch } from '../content/normalize';

/** One word of a near quote against the original: kept, or only in one of them. */
export type DiffPart = { text: string; change: 'same' | 'quote-only' | 'original-only' };

export type QuoteCheck =
	| { state: 'exact' }
	// close to a passage of the original, but not the same words: never counted as verified
	| { state: 'near'; passage: string; diff: DiffPart[] }
	| { state: 'not-found' }
	| { state: 'empty' };

// a near quote shares at least this share of its words, in order, with one passage
const NEAR = 0.75;
const words = (text: string) => text.split(' ').filter(Boolean);

/**
 * Checks a quote against the original text as the content build does (the same normalisation:
 * spaces, typographic quotes and dashes, Unicode NFC). A quote that is not found as it stands
 * may be near a passage: then the words that differ are shown.
 */
export function checkQuote(quote: string, original: string): QuoteCheck {
	const wanted = normalizeForMatch(quote);
	if (!wanted) return { state: 'empty' };
	const text = normalizeForMatch(original);
	if (text.includes(wanted)) return { state: 'exact' };
	const quoteWords = words(wanted);
	const textWords = words(text);
	const best = closestPassage(quoteWords, textWords);
	if (!best || best.score < NEAR) return { state: 'not-found' };
	return { state: 'near', passage: best.words.join(' '), diff: wordDiff(quoteWords, best.words) };
}

// the passage of the original, of about the quote's length, sharing the most words with it in order
function closestPassage(quote: string[], text: string[]) {
	if (!quote.length || !text.length) return undefined;
	const first = new Set(quote.slice(0, 3).map((w) => w.toLowerCase()));
	const last = new Set(quote.slice(-3).map((w) => w.toLowerCase()));
	let best: { words: string[]; score: number; off: number } | undefined;
	const slack = Math.max(2, Math.ceil(quote.length * 0.25));
	// a passage starts (and ends) within a few words of where the quote's first (last) words are
	const near = (set: Set<string>, from: number, to: number) =>
		text.slice(Math.max(0, from), to).some((word) => set.has(word.toLowerCase()));
	for (let start = 0; start < text.length; start++) {
		if (!near(first, start, start + 3)) continue;
		for (let length = Math.max(1, quote.length - slack); length <= quote.length + slack; length++) {
			const end = start + length;
			if (end > text.length) break;
			if (!near(last, end - 3, end)) continue;
			const passage = text.slice(start, end);
			// the share of words in order, of the longer of the two; then the closer length
			const score = commonWords(quote, passage) / Math.max(quote.length, passage.length);
			const off = Math.abs(passage.length - quote.length);
			if (!best || score > best.score || (score === best.score && off < best.off)) {
				best = { words: passage, score, off };
			}
		}
	}
	return best;
}

// longest common subsequence of words: how many words agree, in order
function lcsTable(a: string[], b: string[]): number[][] {
	const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			table[i]![j] =
				a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
		}
	}
	return table;
}

const commonWords = (a: string[], b: string[]) => lcsTable(a, b)[0]![0]!;

/** The quote against the passage, word by word: what is the same, and what each has alone. */
export function wordDiff(quote: string[], passage: string[]): DiffPart[] {
	const table = lcsTable(quote, passage);
	const parts: DiffPart[] = [];
	const push = (text: string, change: DiffPart['change']) => {
		const last = parts.at(-1);
		if (last?.change === change) last.text += ` ${text}`;
		else parts.push({ text, change });
	};
	let i = 0;
	let j = 0;
	while (i < quote.length && j < passage.length) {
		if (quote[i] === passage[j]) {
			push(quote[i]!, 'same');
			i++;
			j++;
		} else if (table[i + 1]![j]! >= table[i]![j + 1]!) push(quote[i++]!, 'quote-only');
		else push(passage[j++]!, 'original-only');
	}
	while (i < quote.length) push(quote[i++]!, 'quote-only');
	while (j < passage.length) push(passage[j++]!, 'original-only');
	return parts;
}
