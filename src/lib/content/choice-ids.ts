import { normalizeForMatch } from './normalize';

/**
 * A multiple-choice option's id, derived from its text so that answers survive reordering and
 * shuffling. FNV-1a rather than SHA-256: the browser's database migration needs it synchronously.
 */
export function optionId(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of normalizeForMatch(text)) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `o-${hash.toString(16).padStart(8, '0')}`;
}
