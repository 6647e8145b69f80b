const DOUBLE_MARKS = /["“”„«»]/;

/**
 * A quote in our quotation marks. A quote that is itself a whole quotation loses its own outer
 * marks (never “““…””); marks inside become single ones, as a quotation within a quotation.
 */
export function quoted(text: string): string {
	let inner = text.trim();
	const whole =
		/^["“„«]/.test(inner) && /["”»]$/.test(inner) && !DOUBLE_MARKS.test(inner.slice(1, -1));
	if (whole) inner = inner.slice(1, -1);
	const nested = inner.replace(/[“„«]|"(?=[\p{L}\p{N}])/gu, '‘').replace(/[”»"]/g, '’');
	return `“${nested}”`;
}
