// The library search, in a reader's own highlights and notes: every word typed must begin a word
// of the marked words or the note, folded as the library's index folds them (Xocalı → xocali).
import type { Annotation } from '$lib/model';
import { queryTerms, termLine } from '$lib/search/text';

/** The annotations that match `query`, newest first. */
export function matchAnnotations(rows: readonly Annotation[], query: string): Annotation[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	return rows
		.filter((row) => {
			const line = termLine(`${row.exact} ${row.note}`);
			return terms.every((term) => line.includes(` ${term}`));
		})
		.sort((a, b) => b.updatedAt - a.updatedAt);
}
