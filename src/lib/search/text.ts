// How text becomes search terms. Indexing, querying and snippet marking all use these, so a word
// is marked in a snippet exactly when the index matched it.

// letters, digits and combining marks: hyphens, apostrophes and all punctuation split words
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
// most words are plain ASCII and need no Unicode normalization (which is slow)
const PLAIN = /^[\x20-\x7e]*$/;

// the commonest English words: in nearly every passage, so they only slow queries and add noise
const STOP_WORDS = new Set(
	(
		'a an and are as at be but by for from had has have he her his in is it its of on or ' +
		'she that the their them they this to was were which who with'
	).split(' ')
);

export type Token = { word: string; start: number; end: number };

/** The words of a text with their positions. */
export function tokensOf(text: string): Token[] {
	return Array.from(text.matchAll(WORD), (m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/**
 * A word's indexed form: lower case without diacritics (Xocalı → xocali), or null for stop words
 * and single characters.
 */
export function normalizeTerm(word: string): string | null {
	let term = word.toLowerCase();
	if (!PLAIN.test(term)) term = term.normalize('NFD').replace(MARKS, '').replaceAll('ı', 'i');
	if (term.length < 2 || STOP_WORDS.has(term)) return null;
	return term;
}

/** The distinct terms of a query, in order. */
export function queryTerms(query: string): string[] {
	const terms = tokenize(query).map(normalizeTerm);
	return [...new Set(terms.filter((t) => t !== null))];
}

/** A text's indexed terms, in order, each with a space either side: " khojaly february 1992 ". */
export function termLine(text: string): string {
	let line = ' ';
	for (const word of tokenize(text)) {
		const term = normalizeTerm(word);
		if (term) line += `${term} `;
	}
	return line;
}
