// A chosen file's bytes as text, refusing what is not UTF-8 text.

export type TextProblem = 'empty' | 'binary' | 'cut-off';

/**
 * Strict UTF-8: a zero byte or an invalid sequence means a photo, a document or another encoding;
 * a file ending inside a character was cut off.
 */
export function decodeText(
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; problem: TextProblem } {
	if (bytes.length === 0) return { ok: false, problem: 'empty' };
	if (bytes.includes(0)) return { ok: false, problem: 'binary' };
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let text: string;
	try {
		// streaming holds back a character the file ends inside of, so that is told apart below
		text = decoder.decode(bytes, { stream: true });
	} catch {
		return { ok: false, problem: 'binary' };
	}
	try {
		decoder.decode();
	} catch {
		return { ok: false, problem: 'cut-off' };
	}
	return { ok: true, text };
}
