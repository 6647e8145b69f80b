import { normalizeForMatch } from '../content/normalize';
import { sha256 } from './sha256';

export { sha256 };

/**
 * Ids derived from the text itself, so they stay the same when other paragraphs are added or
 * removed: answers and links that point at a paragraph keep pointing at it.
 */
export class BlockIds {
	readonly #used = new Set<string>();

	next(prefix: string, text: string): string {
		const base = `${prefix}-${sha256(normalizeForMatch(text)).slice(0, 8)}`;
		let id = base;
		for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
		this.#used.add(id);
		return id;
	}
}
