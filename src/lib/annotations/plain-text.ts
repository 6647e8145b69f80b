import { normalizeForMatch } from '../content/normalize';

/**
 * Text as the app compares it (normalizeForMatch: NFC, plain quotes and dashes, one space for any
 * run of whitespace), with, for each of its characters, the span of the real text it came from,
 * so a match found in the plain text is given back as offsets in the real one. Unlike
 * normalizeForMatch it does not trim: a paragraph and a piece cut from it stay comparable.
 */
export type PlainText = { text: string; from: Int32Array; to: Int32Array };

// a character and the combining marks that follow it, so NFC composes what it would in the whole
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

// printable ASCII but the backtick (which becomes an apostrophe) is left as it is
const asIs = (c: string) => c.length === 1 && c > ' ' && c <= '~' && c !== '`';

export function plainText(real: string): PlainText {
	const chars: string[] = [];
	const from: number[] = [];
	const to: number[] = [];
	for (const match of real.matchAll(CLUSTER)) {
		const cluster = match[0];
		const at = match.index;
		const end = at + cluster.length;
		// the dots keep normalizeForMatch from trimming a space away; a zero-width space gives ''
		const plain = asIs(cluster) ? cluster : normalizeForMatch(`.${cluster}.`).slice(1, -1);
		for (let k = 0; k < plain.length; k++) {
			const c = plain[k]!;
			if (c === ' ' && chars[chars.length - 1] === ' ') {
				to[to.length - 1] = end;
				continue;
			}
			chars.push(c);
			from.push(at);
			to.push(end);
		}
	}
	return { text: chars.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The real [start, end) of the plain characters [start, end). */
export function realRange(plain: PlainText, start: number, end: number): [number, number] {
	return [plain.from[start]!, plain.to[end - 1]!];
}
