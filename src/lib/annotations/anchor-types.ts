// Where an annotation sits, stored so it can be found again after the text changes: in the spirit
// of the W3C Web Annotation model, a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector (start), both within one paragraph of one account.

/** How much text around the quote is kept to tell it apart and to find it again. */
export const CONTEXT_CHARS = 32;

/** One paragraph (block or comment paragraph) of an account, in reading order. */
export type AnchorParagraph = { id: string; text: string };

export type TextAnchor = {
	lessonId: string;
	sourceId: string;
	// the block or comment paragraph id (derived from its text, so it changes when the text does)
	paragraphId: string;
	// the quoted text as it was, unnormalised
	exact: string;
	// up to CONTEXT_CHARS characters of the same paragraph before and after the quote
	prefix: string;
	suffix: string;
	// where `exact` began in the paragraph's text; it ended at start + exact.length
	start: number;
};

/** How a placement was found: at its old place, by quote and context, or by an approximate match. */
export type PlacedHow = 'exact' | 'context' | 'fuzzy';

export type Placement =
	| { placed: true; paragraphId: string; start: number; end: number; how: PlacedHow }
	| { placed: false };

export const UNPLACED: Placement = Object.freeze({ placed: false });
