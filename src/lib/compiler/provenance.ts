import { normalizeForMatch } from '../content/normalize';

/** The seed texts, normalised once, for checking that copied text really is in them. */
export class SeedIndex {
	readonly #normalized = new Map<string, string>();

	constructor(seeds: ReadonlyMap<string, string>) {
		for (const [name, text] of seeds) this.#normalized.set(name, normalizeForMatch(text));
	}

	has(seed: string): boolean {
		return this.#normalized.has(seed);
	}

	/** True when `text` appears verbatim (after normalising) in the named seed. */
	contains(seed: string, text: string): boolean {
		const needle = normalizeForMatch(text);
		return needle.length > 0 && (this.#normalized.get(seed)?.includes(needle) ?? false);
	}
}

export function excerpt(text: string, length = 70): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > length ? `"${flat.slice(0, length - 1)}…"` : `"${flat}"`;
}
