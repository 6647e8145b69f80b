// Small factories for the anchoring tests: paragraphs with ids derived as the compiler derives them.
import { BlockIds } from '$lib/compiler/ids';
import type { AnchorParagraph, Placement } from './anchor-types';
import { makeAnchor } from './make-anchor';

export const ARTICLE = [
	'The ministry said on Monday that the convoy had crossed the bridge before dawn.',
	'Witnesses told reporters that the convoy stopped twice, once at the checkpoint and once at the river.',
	'Officials on both sides said the talks would resume in the spring, but the mediators were less sure.',
	'By evening the road was open again. By evening the road was open again, a local driver said.'
];

/** Paragraphs as the compiler makes them: each id derived from its text. */
export function paragraphs(texts: readonly string[]): AnchorParagraph[] {
	const ids = new BlockIds();
	return texts.map((text) => ({ id: ids.next('p', text), text }));
}

/** An anchor on the first occurrence (or the `nth`) of `quote` in paragraph `index` of `texts`. */
export function anchorOn(texts: readonly string[], index: number, quote: string, nth = 0) {
	const paragraph = paragraphs(texts)[index]!;
	let start = -1;
	for (let n = 0; n <= nth; n++) start = paragraph.text.indexOf(quote, start + 1);
	if (start < 0) throw new Error(`"${quote}" is not in paragraph ${index}`);
	return makeAnchor(
		{ lessonId: 'lesson', sourceId: 'source' },
		paragraph,
		start,
		start + quote.length
	)!;
}

/** The text a placement covers, or undefined when it was not placed. */
export function placedText(placement: Placement, source: readonly AnchorParagraph[]) {
	if (!placement.placed) return undefined;
	const paragraph = source.find((p) => p.id === placement.paragraphId);
	return paragraph?.text.slice(placement.start, placement.end);
}

/** `texts` with paragraph `index` changed by `edit`. */
export function edited(texts: readonly string[], index: number, edit: (text: string) => string) {
	return texts.map((text, i) => (i === index ? edit(text) : text));
}
