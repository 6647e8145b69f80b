// How a file's values and sizes are named in a refusal, short enough to read in one line.

/** What was found where something else was expected: `null`, `a list of 3`, `"yesterday"`. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'none';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(shortText(value));
	return String(value);
}

/** Text cut to 40 characters, so a hostile file cannot fill the message. */
export function shortText(text: string): string {
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Megabytes to one decimal, rounded up, so a file just over a limit never reads as the limit. */
export function megabytes(bytes: number): number {
	return Math.ceil((bytes / (1024 * 1024)) * 10 - 1e-9) / 10;
}

/** A JSON object (not a list, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
