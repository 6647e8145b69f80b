// Telling a file that was cut off from one that was mangled, without parsing it.

export type JsonScan = {
	/** the deepest nesting of objects and lists */
	depth: number;
	/** whether a string, object or list is still open at the end */
	open: boolean;
};

/** One pass over JSON text; brackets inside strings are text, not nesting. */
export function scanJson(text: string): JsonScan {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	let escaped = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (escaped) escaped = false;
		else if (inString) {
			if (char === '\\') escaped = true;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
		else if (char === '}' || char === ']') depth--;
	}
	return { depth: deepest, open: inString || depth > 0 };
}

/**
 * Whether a parse failure is a cut-off file: it fails where the text stops (or the engine does
 * not say where), with something still open; a mangled file fails inside.
 */
export function looksCutOff(text: string, scan: JsonScan, failedAt: number | undefined): boolean {
	const nearEnd = failedAt === undefined || failedAt >= text.trimEnd().length - 8;
	return scan.open && nearEnd;
}
