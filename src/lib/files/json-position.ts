// Where JSON.parse gave up, as a line and column a person can find in a text editor.

export type TextPlace = { offset?: number; line: number; column: number };

/**
 * The place a parse error names, or undefined when the engine's message names none. Engines word
 * it differently: V8 says "at position 8", Firefox "at line 1 column 9".
 */
export function parseErrorPlace(error: unknown, text: string): TextPlace | undefined {
	const message = error instanceof Error ? error.message : '';
	const position = /position (\d+)/.exec(message);
	if (position) return placeOf(text, Number(position[1]));
	const lineColumn = /line (\d+) column (\d+)/.exec(message);
	if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
	return undefined;
}

/** Line and column (both from 1) of a character offset in a text. */
export function placeOf(text: string, offset: number): TextPlace {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}
