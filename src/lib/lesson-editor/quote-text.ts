import type { DraftSource } from './draft';

/**
 * The text a source's quotes must be in: an adapted lesson's paragraphs as it wrote them, else
 * the article as pasted (whose paragraphs the lesson shows).
 */
export const quoteTextOf = (source: DraftSource): string => source.body ?? source.original;
