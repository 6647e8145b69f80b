import { END_KEY, START_KEY, type QuotePattern } from './quote-pattern';
import type { SourceIndex } from './source-index';
import { Vocabulary } from './tokens';

/**
 * The best alignment of the pattern that ends at one token of the source: its weighted edit cost,
 * the part of it inside the quote, and the source tokens [first, end) that stand for the quote
 * (from the first to the last token matched or substituted for one of the quote's). Alignments
 * that cost the same may disagree on where the quote begins and ends ("calling Armenia's
 * accusations" edited to "calling accusations approve" is as cheaply a deletion as a
 * substitution): [firstLow, firstHigh] and [endLow, endHigh] span every cheapest alignment's
 * bounds, and `unsure` says that in one of them nothing stands for the quote at all.
 */
export type Alignment = {
	cost: number;
	quoteCost: number;
	first: number;
	end: number;
	firstLow: number;
	firstHigh: number;
	endLow: number;
	endHigh: number;
	unsure: boolean;
	// the quote's first (last) token was matched as it is, so a cut inside it can be kept
	firstSame: boolean;
	lastSame: boolean;
};

// more than any real alignment costs: a quote never runs over a paragraph's edge
const FAR = 1 << 28;
const FIRST_SAME = 1;
const LAST_SAME = 2;
// some cheapest alignment has not (yet) matched any of the quote's tokens
const UNSET = 4;

const keyOf = (key: string, vocabulary: Vocabulary) =>
	key === START_KEY ? Vocabulary.START : key === END_KEY ? Vocabulary.END : vocabulary.find(key);

// the lower of two bounds, where -1 is none
const lower = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

const isEdge = (key: number) => key === Vocabulary.START || key === Vocabulary.END;

/** One column of the table: per pattern row, the cheapest cost and what its alignments say. */
class Column {
	readonly cost: Int32Array;
	readonly first: Int32Array;
	readonly end: Int32Array;
	readonly firstLow: Int32Array;
	readonly firstHigh: Int32Array;
	readonly endLow: Int32Array;
	readonly endHigh: Int32Array;
	readonly quoteCost: Int32Array;
	readonly flags: Int32Array;

	constructor(rows: number) {
		this.cost = new Int32Array(rows);
		this.first = new Int32Array(rows).fill(-1);
		this.end = new Int32Array(rows).fill(-1);
		this.firstLow = new Int32Array(rows).fill(-1);
		this.firstHigh = new Int32Array(rows).fill(-1);
		this.endLow = new Int32Array(rows).fill(-1);
		this.endHigh = new Int32Array(rows).fill(-1);
		this.quoteCost = new Int32Array(rows);
		this.flags = new Int32Array(rows).fill(UNSET);
	}

	/** Row i takes row j of `from`, its cheapest way in; `extra` is added to the quote's cost. */
	take(i: number, from: Column, j: number, cost: number, extra: number): void {
		this.cost[i] = cost;
		this.first[i] = from.first[j]!;
		this.end[i] = from.end[j]!;
		this.firstLow[i] = from.firstLow[j]!;
		this.firstHigh[i] = from.firstHigh[j]!;
		this.endLow[i] = from.endLow[j]!;
		this.endHigh[i] = from.endHigh[j]!;
		this.quoteCost[i] = from.quoteCost[j]! + extra;
		this.flags[i] = from.flags[j]!;
	}

	/** Row i widens its bounds with row j of `from`, another way in at the same cost. */
	widen(i: number, from: Column, j: number): void {
		this.firstLow[i] = lower(this.firstLow[i]!, from.firstLow[j]!);
		this.firstHigh[i] = Math.max(this.firstHigh[i]!, from.firstHigh[j]!);
		this.endLow[i] = lower(this.endLow[i]!, from.endLow[j]!);
		this.endHigh[i] = Math.max(this.endHigh[i]!, from.endHigh[j]!);
		this.flags[i] = this.flags[i]! | (from.flags[j]! & UNSET);
	}

	/** Row i's alignments just matched source token t to the quote's token p (at cost `sub`). */
	matched(i: number, t: number, p: number, sub: number, first: number, last: number): void {
		let f = this.flags[i]!;
		if (this.first[i]! < 0) {
			this.first[i] = t;
			f = p === first && sub === 0 ? f | FIRST_SAME : f & ~FIRST_SAME;
		}
		if (this.firstHigh[i]! < 0) this.firstLow[i] = t;
		if (f & UNSET) this.firstHigh[i] = t;
		this.end[i] = this.endLow[i] = this.endHigh[i] = t + 1;
		f = p === last - 1 && sub === 0 ? f | LAST_SAME : f & ~LAST_SAME;
		this.flags[i] = f & ~UNSET;
	}
}

/**
 * Approximate matching (Sellers' dynamic programming over tokens, weighted: a word 2, a
 * punctuation mark 1): the pattern may start and end anywhere in the source. One column of the
 * table per source token, so it takes (pattern tokens × source tokens) steps and keeps two columns.
 */
export function alignments(pattern: QuotePattern, index: SourceIndex): Alignment[] {
	const m = pattern.tokens.length;
	const keys = pattern.tokens.map((t) => keyOf(t.key, index.vocabulary));
	const weights = pattern.tokens.map((t) => t.weight);
	const { first: qa, last: qb } = pattern;
	let prev = new Column(m + 1);
	let cur = new Column(m + 1);
	for (let i = 1; i <= m; i++) {
		const inQuote = i - 1 >= qa && i - 1 < qb;
		prev.take(i, prev, i - 1, prev.cost[i - 1]! + weights[i - 1]!, inQuote ? weights[i - 1]! : 0);
	}
	const found: Alignment[] = [];
	const n = index.keys.length;
	for (let t = 0; t < n; t++) {
		const tk = index.keys[t]!;
		const tw = index.weights[t]!;
		const edge = isEdge(tk);
		for (let i = 1; i <= m; i++) {
			const p = i - 1;
			const pk = keys[p]!;
			const pw = weights[p]!;
			const inQuote = p >= qa && p < qb;
			// a word never stands for a punctuation mark: that costs what deleting one and adding the other does
			const sub = pk === tk ? 0 : edge || isEdge(pk) ? FAR : pw === tw ? pw : pw + tw;
			const diagonal = prev.cost[p]! + sub;
			const deletion = cur.cost[p]! + pw;
			// a source token between two of the quote's is part of it, and may not be a paragraph edge
			const within = i > qa && i < qb;
			const insertion = prev.cost[i]! + (within && edge ? FAR : tw);
			const best = Math.min(diagonal, deletion, insertion);
			// the first cheapest way in is taken; the others only widen the bounds
			let taken = false;
			if (diagonal === best) {
				cur.take(i, prev, p, best, inQuote ? sub : 0);
				if (inQuote) cur.matched(i, t, p, sub, qa, qb);
				taken = true;
			}
			if (deletion === best) {
				if (taken) cur.widen(i, cur, p);
				else cur.take(i, cur, p, best, inQuote ? pw : 0);
				taken = true;
			}
			if (insertion === best) {
				if (taken) cur.widen(i, prev, i);
				else cur.take(i, prev, i, best, within ? tw : 0);
			}
		}
		if (cur.first[m]! >= 0 && cur.cost[m]! < FAR) {
			const f = cur.flags[m]!;
			found.push({
				cost: cur.cost[m]!,
				quoteCost: cur.quoteCost[m]!,
				first: cur.first[m]!,
				end: cur.end[m]!,
				firstLow: cur.firstLow[m]!,
				firstHigh: cur.firstHigh[m]!,
				endLow: cur.endLow[m]!,
				endHigh: cur.endHigh[m]!,
				unsure: (f & UNSET) !== 0,
				firstSame: (f & FIRST_SAME) !== 0,
				lastSame: (f & LAST_SAME) !== 0
			});
		}
		[prev, cur] = [cur, prev];
	}
	return found;
}
