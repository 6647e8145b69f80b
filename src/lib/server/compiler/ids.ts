import { createHash } from 'node:crypto';
import { normalizeForMatch } from '../../content/normalize';

export function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

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
