import {
	UNPLACED,
	type AnchorParagraph,
	type Placement,
	type PlacedHow,
	type TextAnchor
} from './anchor-types';
import { alignments, type Alignment } from './align';
import { exactPlaces, type PlainPlace } from './exact-places';
import { realRange } from './plain-text';
import { quotePattern, type QuotePattern } from './quote-pattern';
import { indexSource, type SourceIndex } from './source-index';
import { WORD_WEIGHT } from './tokens';

// The rule above all: an annotation is never drawn on other text. Unplaced is always acceptable.
// At most this share of the quote's weight may differ (a word weighs 2, a punctuation mark 1)...
const QUOTE_ERRORS = 0.34;
// ...and of its context's (fuzzy matches must agree with their context)
const CONTEXT_ERRORS = 0.5;
// the second-best place elsewhere must cost this much more (share of the pattern's weight, at least 4)
const MARGIN = 0.2;
// the quote's counterpart weighs at most a quarter more or less than the quote (at least a word)
const LENGTH_SLACK = 0.25;
// equally cheap alignments must agree on the quote's bounds to within a tenth of its length
const BOUNDS_AGREE = 0.9;

/**
 * Where an annotation belongs in a (possibly edited) account, or unplaced. In order:
 * (a) the same paragraph, unchanged, with the quote at its stored offset;
 * (b) the quote with its whole context, once in the account (several times: unplaced, unless one
 *     is in the same paragraph, nearest the stored offset);
 * (c) the best approximate match of context + quote + context, if it is close enough and clearly
 *     better than any other place.
 * Text is compared plain (normalizeForMatch's rules); offsets are in the paragraph's real text.
 */
export function reanchor(
	anchor: TextAnchor,
	source: readonly AnchorParagraph[] | SourceIndex
): Placement {
	// an anchor read from a file may be anything: one with no text or no offset is never placed
	if (!anchor.exact.trim() || !Number.isInteger(anchor.start) || anchor.start < 0) return UNPLACED;
	const paragraphs = isIndex(source) ? source.paragraphs : source;
	const atStored = atStoredPlace(anchor, paragraphs);
	if (atStored) return atStored;
	const pattern = quotePattern(anchor);
	if (!pattern) return UNPLACED;
	const index = isIndex(source) ? source : indexSource(source);

	const exact = exactPlaces(pattern, index);
	if (exact.length === 1) return placed(index, exact[0]!, sameParagraph(anchor, index, exact[0]!));
	if (exact.length > 1) return nearestInSameParagraph(anchor, index, exact);
	return fuzzy(pattern, index);
}

const isIndex = (source: readonly AnchorParagraph[] | SourceIndex): source is SourceIndex =>
	!Array.isArray(source);

function atStoredPlace(anchor: TextAnchor, paragraphs: readonly AnchorParagraph[]) {
	const { exact, prefix, suffix, start } = anchor;
	const same = paragraphs.find((p) => p.id === anchor.paragraphId);
	if (!same) return undefined;
	const text = same.text;
	const end = start + exact.length;
	const here =
		text.slice(start, end) === exact &&
		text.slice(Math.max(0, start - prefix.length), start) === prefix &&
		text.slice(end, end + suffix.length) === suffix;
	return here ? placement(same.id, start, end, 'exact') : undefined;
}

const placement = (paragraphId: string, start: number, end: number, how: PlacedHow): Placement => ({
	placed: true,
	paragraphId,
	start,
	end,
	how
});

function placed(index: SourceIndex, at: PlainPlace, how: PlacedHow) {
	const paragraph = index.paragraphs[at.paragraph]!;
	const [start, end] = realRange(paragraph.plain, at.start, at.end);
	return placement(paragraph.id, start, end, how);
}

/** With its whole context, in the paragraph it was in: where it was, though offsets may differ. */
const sameParagraph = (anchor: TextAnchor, index: SourceIndex, at: PlainPlace): PlacedHow =>
	index.paragraphs[at.paragraph]!.id === anchor.paragraphId ? 'exact' : 'context';

/** A quote with its whole context in several places: only the same paragraph's, nearest, decides. */
function nearestInSameParagraph(anchor: TextAnchor, index: SourceIndex, places: PlainPlace[]) {
	const distance = (at: PlainPlace) =>
		Math.abs(index.paragraphs[at.paragraph]!.plain.from[at.start]! - anchor.start);
	const own = places
		.filter((at) => index.paragraphs[at.paragraph]!.id === anchor.paragraphId)
		.sort((a, b) => distance(a) - distance(b));
	const [best, next] = own;
	if (!best || (next && distance(next) === distance(best))) return UNPLACED;
	return placed(index, best, 'exact');
}

function fuzzy(pattern: QuotePattern, index: SourceIndex): Placement {
	const found = alignments(pattern, index);
	if (found.length === 0) return UNPLACED;
	let best = found[0]!;
	for (const a of found) if (a.cost < best.cost) best = a;
	const overlaps = (a: Alignment) => a.first < best.end && best.first < a.end;
	let second = Infinity;
	for (const a of found) if (!overlaps(a) && a.cost < second) second = a.cost;

	const weigh = (from: number, to: number) =>
		pattern.tokens.slice(from, to).reduce((sum, t) => sum + t.weight, 0);
	const total = weigh(0, pattern.tokens.length);
	const quote = weigh(pattern.first, pattern.last);
	const context = total - quote;
	let counterpart = 0;
	for (let t = best.first; t < best.end; t++) counterpart += index.weights[t]!;
	const confident =
		boundsAgree(best, found, index) &&
		best.quoteCost <= QUOTE_ERRORS * quote &&
		best.cost - best.quoteCost <= CONTEXT_ERRORS * context &&
		Math.abs(counterpart - quote) <= Math.max(WORD_WEIGHT, LENGTH_SLACK * quote) &&
		second - best.cost >= Math.max(4, MARGIN * total);
	if (!confident) return UNPLACED;

	const paragraph = index.paragraph[best.first]!;
	const start = index.start[best.first]! + (best.firstSame ? pattern.headCut : 0);
	const end = index.end[best.end - 1]! - (best.lastSame ? pattern.tailCut : 0);
	if (end <= start) return UNPLACED;
	const plain = index.paragraphs[paragraph]!.plain.text.slice(start, end);
	const same = plain === pattern.plain.slice(pattern.quoteStart, pattern.quoteEnd);
	return placed(index, { paragraph, start, end }, same ? 'context' : 'fuzzy');
}

/** Whether every cheapest alignment here gives the quote nearly the same bounds. */
function boundsAgree(best: Alignment, found: Alignment[], index: SourceIndex): boolean {
	let { firstLow, firstHigh, endLow, endHigh, unsure } = best;
	for (const a of found) {
		if (a.cost !== best.cost || a.first >= best.end || best.first >= a.end) continue;
		firstLow = Math.min(firstLow, a.firstLow);
		firstHigh = Math.max(firstHigh, a.firstHigh);
		endLow = Math.min(endLow, a.endLow);
		endHigh = Math.max(endHigh, a.endHigh);
		unsure ||= a.unsure;
	}
	if (unsure || firstHigh >= endLow) return false;
	if (index.paragraph[firstLow] !== index.paragraph[endHigh - 1]) return false;
	const narrow = index.end[endLow - 1]! - index.start[firstHigh]!;
	const wide = index.end[endHigh - 1]! - index.start[firstLow]!;
	return narrow >= BOUNDS_AGREE * wide;
}
