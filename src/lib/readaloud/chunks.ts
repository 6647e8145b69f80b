/** A piece of one block's text to speak as one utterance: [start, end) in the block's text. */
export type Span = { start: number; end: number };

/** Chrome's network voices fall silent after about 15 s, so no utterance is longer than this. */
export const MAX_CHUNK = 200;

/** The sentences of a text, by the platform's segmenter (a full stop fallback where it has none). */
function sentenceSpans(text: string, lang: string): Span[] {
	if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
		const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		return [...segmenter.segment(text)].map((s) => ({
			start: s.index,
			end: s.index + s.segment.length
		}));
	}
	const spans: Span[] = [];
	for (const match of text.matchAll(/[^.!?]+(?:[.!?]+["'’”)]*\s*|$)/g)) {
		if (match[0]) spans.push({ start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

/** Where to cut a too-long piece: after the last comma-like mark, else the last space, in reach. */
function cutPoint(text: string, start: number, max: number): number {
	const window = text.slice(start, start + max);
	const comma = Math.max(...[',', ';', ':', '—', '–'].map((mark) => window.lastIndexOf(mark)));
	if (comma > max / 3) return start + comma + 1;
	const space = window.lastIndexOf(' ');
	if (space > 0) return start + space + 1;
	return start + max;
}

/** Trims a span to its words: an utterance of spaces says nothing and highlights nothing. */
function trimmed(text: string, span: Span): Span | undefined {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end > start ? { start, end } : undefined;
}

/**
 * A text cut into utterances: one sentence each, a sentence longer than `max` characters cut at
 * commas, else spaces, so each is at most `max` long; in order, without spaces at either end.
 */
export function splitIntoChunks(text: string, lang: string, max = MAX_CHUNK): Span[] {
	const chunks: Span[] = [];
	for (const sentence of sentenceSpans(text, lang)) {
		let rest = trimmed(text, sentence);
		while (rest && rest.end - rest.start > max) {
			const cut = cutPoint(text, rest.start, max);
			const head = trimmed(text, { start: rest.start, end: cut });
			if (head) chunks.push(head);
			rest = trimmed(text, { start: cut, end: rest.end });
		}
		if (rest) chunks.push(rest);
	}
	return chunks;
}
