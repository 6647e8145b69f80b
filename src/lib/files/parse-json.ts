import { parseErrorPlace, type TextPlace } from './json-position';
import { looksCutOff, scanJson } from './truncation';

// Untrusted text to a JSON value, each way it can fail named (the words are the caller's).

export type JsonProblem =
	| { kind: 'too-big'; bytes: number }
	| { kind: 'empty' }
	| { kind: 'binary' }
	| { kind: 'too-deep' }
	| { kind: 'cut-off' }
	| { kind: 'not-json'; place?: TextPlace };

export type JsonLimits = { maxBytes: number; maxDepth: number };

/** Size, text, nesting depth, then JSON.parse; a leading byte-order mark is dropped. */
export function parseUntrustedJson(
	text: string,
	{ maxBytes, maxDepth }: JsonLimits
): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
	// UTF-8 takes at least one byte per UTF-16 unit, so this never refuses text that fits
	if (text.length > maxBytes)
		return { ok: false, problem: { kind: 'too-big', bytes: text.length } };
	const content = text.replace(/^\uFEFF/, '');
	if (!content.trim()) return { ok: false, problem: { kind: 'empty' } };
	if (content.includes('\0')) return { ok: false, problem: { kind: 'binary' } };
	const scan = scanJson(content);
	// the cap keeps a hostile file from blowing the stack of whatever walks the value
	if (scan.depth > maxDepth) return { ok: false, problem: { kind: 'too-deep' } };
	try {
		return { ok: true, value: JSON.parse(content) as unknown };
	} catch (error) {
		const place = parseErrorPlace(error, content);
		if (looksCutOff(content, scan, place?.offset)) {
			return { ok: false, problem: { kind: 'cut-off' } };
		}
		return { ok: false, problem: { kind: 'not-json', place } };
	}
}
