// The text shown under a hit: a window around the first match, with the matched words marked.
import { normalizeTerm, tokensOf, WORD, type Token } from './text';
import type { Segment } from './types';

export const SNIPPET_LENGTH = 160;
const ELLIPSIS = '…';
// words are read only this far beyond the window, to move its ends onto word edges
const MARGIN = 40;

/**
 * About `maxLength` characters of `text` around the first word whose indexed form is in `terms`,
 * cut at word boundaries (with "…" where text was left out), as plain and matched segments.
 */
export function buildSnippet(
	text: string,
	terms: ReadonlySet<string>,
	maxLength = SNIPPET_LENGTH
): Segment[] {
	const first = firstMatch(text, terms);
	const [start, end] = windowAround(text, first, maxLength);
	const segments: Segment[] = [];
	if (start > 0) push(segments, ELLIPSIS, false);
	let at = start;
	for (const token of tokensOf(text.slice(start, end))) {
		if (!isMatch(token.word, terms)) continue;
		push(segments, text.slice(at, start + token.start), false);
		push(segments, token.word, true);
		at = start + token.end;
	}
	push(segments, text.slice(at, end), false);
	if (end < text.length) push(segments, ELLIPSIS, false);
	return segments;
}

function isMatch(word: string, terms: ReadonlySet<string>): boolean {
	// most words are plain lower-case ASCII already: skip normalizing them
	return terms.has(word.toLowerCase()) || terms.has(normalizeTerm(word) ?? '');
}

/** The first matched word, read word by word only as far as needed. */
function firstMatch(text: string, terms: ReadonlySet<string>): Token | undefined {
	const words = new RegExp(WORD);
	for (let m = words.exec(text); m; m = words.exec(text)) {
		if (isMatch(m[0], terms)) return { word: m[0], start: m.index, end: m.index + m[0].length };
	}
	return undefined;
}

/** The span to show: the match a third of the way in, both ends moved onto word edges. */
function windowAround(text: string, first: Token | undefined, maxLength: number): [number, number] {
	if (text.length <= maxLength) return [0, text.length];
	const anchor = first ?? { start: 0, end: 0 };
	const lead = Math.floor((maxLength - (anchor.end - anchor.start)) / 3);
	let start = Math.max(0, Math.min(anchor.start - lead, text.length - maxLength));
	let end = start + maxLength;
	// the words around the window, with their offsets in `text`
	const from = Math.max(0, start - MARGIN);
	const near = tokensOf(text.slice(from, Math.min(text.length, end + MARGIN))).map((t) => ({
		start: t.start + from,
		end: t.end + from
	}));
	// start on the first whole word, end after the last whole word, never cutting the match out
	if (start > 0) start = Math.min(near.find((t) => t.start >= start)?.start ?? start, anchor.start);
	if (end < text.length) {
		const last = near.findLast((t) => t.end <= end && t.start >= start);
		end = Math.max(last?.end ?? end, anchor.end);
	}
	return [start, end];
}

/** Appends text, merging plain text into the plain segment before it. */
function push(segments: Segment[], text: string, match: boolean): void {
	if (!text) return;
	const last = segments.at(-1);
	if (last && !last.match && !match) last.text += text;
	else segments.push({ text, match });
}
