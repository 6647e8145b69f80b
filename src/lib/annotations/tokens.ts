// Words and punctuation marks of plain text, as the approximate matching compares them.

/** A word or a punctuation mark: where it is in the plain text, and what it weighs in an edit. */
export type Token = { key: string; start: number; end: number; weight: number };

// letters and digits, joined by an inner apostrophe, hyphen or point ("don't", "well-known", "U.S")
const TOKEN =
	/[\p{L}\p{M}\p{N}]+(?:(?:['.-]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

// a word counts twice a punctuation mark: a changed comma is a smaller change than a changed word
export const WORD_WEIGHT = 2;
const MARK_WEIGHT = 1;

export function tokenize(plain: string): Token[] {
	const tokens: Token[] = [];
	for (const match of plain.matchAll(TOKEN)) {
		const key = match[0].toLowerCase();
		const weight = /[\p{L}\p{N}]/u.test(key) ? WORD_WEIGHT : MARK_WEIGHT;
		tokens.push({ key, start: match.index, end: match.index + match[0].length, weight });
	}
	return tokens;
}

/** Token keys as small numbers (0 and 1 are a paragraph's start and end), shared by source and quote. */
export class Vocabulary {
	static readonly START = 0;
	static readonly END = 1;
	readonly #ids = new Map<string, number>();

	/** The key's number, added if new (the source's words). */
	add(key: string): number {
		let id = this.#ids.get(key);
		if (id === undefined) this.#ids.set(key, (id = this.#ids.size + 2));
		return id;
	}

	/** The key's number, or -1 when the source does not have it (a quote's word matches nothing). */
	find(key: string): number {
		return this.#ids.get(key) ?? -1;
	}
}
