// How MiniSearch indexes and queries. Changing anything here that affects indexing means bumping
// INDEX_FORMAT, so indexes saved the old way are rebuilt.
import type { Options, SearchOptions } from 'minisearch';
import type { IndexedDoc } from './documents';
import { normalizeTerm, tokenize } from './text';

// 2: lessons record which sources are reader comments (hits there are marked unverified)
export const INDEX_FORMAT = 2;

/**
 * One MiniSearch document per lesson, a field per kind of place: ranking lessons then costs one
 * score per lesson, not one per paragraph (see locate.ts for finding the paragraphs). The fields
 * hold term lines (text.ts), already tokenized and normalized once for the lesson's postings.
 */
export type LessonDoc = {
	id: string;
	title: string;
	summary: string;
	glossary: string;
	text: string;
};

// a title hit outranks a summary hit, which outranks the glossary, which outranks a passage
export const KIND_BOOST: Record<IndexedDoc['kind'], number> = {
	title: 6,
	summary: 3,
	glossary: 1.5,
	passage: 1
};

export const indexOptions: Options<LessonDoc> = {
	fields: ['title', 'summary', 'glossary', 'text'],
	tokenize: (lines) => lines.split(/[ \n]/),
	processTerm: (term) => term || null
};

// how much a word found by prefix or by a typo counts, against 1 for the exact word: a prefix is
// what someone is still typing, so it beats a guessed typo (MiniSearch's defaults rank it below)
export const PREFIX_WEIGHT = 0.5;
export const FUZZY_WEIGHT = 0.4;

export const searchOptions: SearchOptions = {
	// queries are raw text: tokenized and normalized as the lessons' text was
	tokenize,
	processTerm: normalizeTerm,
	combineWith: 'OR',
	prefix: allowsPrefix,
	fuzzy: (term) => fuzzyDistance(term.length),
	weights: { prefix: PREFIX_WEIGHT, fuzzy: FUZZY_WEIGHT },
	boost: { title: KIND_BOOST.title, summary: KIND_BOOST.summary, glossary: KIND_BOOST.glossary }
};

/** Prefixes from 3 letters; 2 for the last word, which is probably still being typed. */
export function allowsPrefix(term: string, i: number, terms: string[]): boolean {
	return term.length >= 3 || (i === terms.length - 1 && term.length >= 2);
}

/** Typos allowed: none under 4 letters (they would match half the vocabulary), then 1, then 2. */
export function fuzzyDistance(length: number): number | false {
	if (length < 4) return false;
	return length < 8 ? 1 : 2;
}
