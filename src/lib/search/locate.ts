// Finds where in a lesson the query matched: its best documents (title, summary, glossary
// entries, paragraphs), from the lesson's own postings, without a per-paragraph MiniSearch index.
import type { IndexedDoc } from './documents';
import { KIND_BOOST } from './index-options';
import type { Postings } from './postings';
import type { MatchedTerm } from './relate-terms';

export const HITS_PER_LESSON = 3;

export type DocHit = {
	// the document's number within the lesson
	n: number;
	score: number;
	// the index terms found in it (its snippet marks these)
	terms: string[];
};

/**
 * The lesson's best documents, best first (reading order among equals). A document scores its
 * kind's boost times, for each query word it contains, that word's weight (exact beats prefix
 * beats typo), a little more when it occurs again.
 */
export function locateHits(
	docs: IndexedDoc[],
	postings: Postings,
	matched: MatchedTerm[],
	max = HITS_PER_LESSON
): DocHit[] {
	const queryTerms = [...new Set(matched.map((m) => m.queryTerm))];
	// per query word, per document: the best weight found and how often (typed arrays: no garbage)
	const weights = queryTerms.map(() => new Float64Array(docs.length));
	const counts = queryTerms.map(() => new Uint32Array(docs.length));
	const termsIn: (string[] | undefined)[] = [];
	for (const { term, queryTerm, weight } of matched) {
		const q = queryTerms.indexOf(queryTerm);
		let previous = -1;
		// a term's postings list each occurrence, documents in order
		for (const n of postings.get(term) ?? []) {
			if (n >= docs.length) continue;
			weights[q]![n] = Math.max(weights[q]![n]!, weight);
			counts[q]![n]!++;
			if (n !== previous) (termsIn[n] ??= []).push(term);
			previous = n;
		}
	}
	const hits: DocHit[] = [];
	termsIn.forEach((terms, n) => {
		if (!terms) return;
		let score = 0;
		queryTerms.forEach((_, q) => {
			const count = counts[q]![n]!;
			if (count) score += weights[q]![n]! * (1 + 0.5 * Math.log(count));
		});
		hits.push({ n, score: score * KIND_BOOST[docs[n]!.kind], terms });
	});
	return hits.sort((a, b) => b.score - a.score || a.n - b.n).slice(0, max);
}
