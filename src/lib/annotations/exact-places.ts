import type { QuotePattern } from './quote-pattern';
import type { SourceIndex } from './source-index';

/** A quote found in a paragraph: the paragraph's index and the quote's plain [start, end). */
export type PlainPlace = { paragraph: number; start: number; end: number };

/**
 * Every place where the quote stands with its whole context unchanged (under the plain
 * comparison): prefix, quote and suffix in a row, at the paragraph's start or end if the context
 * reached it.
 */
export function exactPlaces(pattern: QuotePattern, index: SourceIndex): PlainPlace[] {
	const { plain, quoteStart, quoteEnd } = pattern;
	const places: PlainPlace[] = [];
	index.paragraphs.forEach((paragraph, i) => {
		const text = paragraph.plain.text;
		for (let at = text.indexOf(plain); at !== -1; at = text.indexOf(plain, at + 1)) {
			if (pattern.wholePrefix && at !== 0) continue;
			if (pattern.wholeSuffix && at + plain.length !== text.length) continue;
			places.push({ paragraph: i, start: at + quoteStart, end: at + quoteEnd });
		}
	});
	return places;
}
