// Where an annotation sits, stored so it can be found again after the text changes: in the spirit
// of the W3C Web Annotation model, a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector (start), both within one paragraph of one account.

import type { AnnotationAnchor } from '$lib/model';

/** How much text around the quote is kept to tell it apart and to find it again. */
export const CONTEXT_CHARS = 32;

/** One paragraph (block or comment paragraph) of an account, in reading order. */
export type AnchorParagraph = { id: string; text: string };

// the anchor an annotation is stored with (model/annotation.ts): one shape for both
export type TextAnchor = AnnotationAnchor;

/** How a placement was found: at its old place, by quote and context, or by an approximate match. */
export type PlacedHow = 'exact' | 'context' | 'fuzzy';

export type Placement =
	| { placed: true; paragraphId: string; start: number; end: number; how: PlacedHow }
	| { placed: false };

export const UNPLACED: Placement = Object.freeze({ placed: false });
