// Which query word each matched index term stands for, and how much it counts: MiniSearch says
// which terms matched a lesson, not why, and finding the paragraphs needs both.
import { FUZZY_WEIGHT, PREFIX_WEIGHT, allowsPrefix, fuzzyDistance } from './index-options';

export type MatchedTerm = { term: string; queryTerm: string; weight: number };

/** Each matched term with its best query word: exact, else prefix, else typo (as MiniSearch weighs). */
export function relateTerms(matched: string[], queryTerms: string[]): MatchedTerm[] {
	const related: MatchedTerm[] = [];
	for (const term of matched) {
		let best: MatchedTerm | undefined;
		queryTerms.forEach((queryTerm, i) => {
			const weight = weightOf(term, queryTerm, allowsPrefix(queryTerm, i, queryTerms));
			if (weight > (best?.weight ?? 0)) best = { term, queryTerm, weight };
		});
		if (best) related.push(best);
	}
	return related;
}

function weightOf(term: string, queryTerm: string, prefix: boolean): number {
	if (term === queryTerm) return 1;
	const extra = term.length - queryTerm.length;
	if (prefix && extra > 0 && term.startsWith(queryTerm)) {
		return (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra);
	}
	const allowed = fuzzyDistance(queryTerm.length);
	if (!allowed) return 0;
	const distance = editDistance(term, queryTerm, allowed);
	return distance <= allowed ? (FUZZY_WEIGHT * term.length) / (term.length + distance) : 0;
}

/** Levenshtein distance, or more than `max` as soon as it must exceed it. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			rowMin = Math.min(rowMin, row[j]!);
		}
		if (rowMin > max) return max + 1;
		previous = row;
	}
	return previous[b.length]!;
}
