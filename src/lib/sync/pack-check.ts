import { sha256Hex } from '$lib/files/sha256';
import { PACK_FORMAT, type CatalogEntry, type LessonPack } from '$lib/content/model';

/** Which of the refusals below a pack met: the page says it in the interface's language. */
export type PackProblem =
	| 'not-json'
	| 'not-lesson'
	| 'newer-format'
	| 'invalid'
	| 'mismatch'
	| 'offline'
	| 'missing'
	| 'interrupted';

/**
 * Why a downloaded pack was refused, in English words for the person holding the tablet; the
 * problem, the lesson's title and the server's status let a page say it in the interface's
 * language (pack-error-text.ts: this module is every page's, and carries no messages).
 */
export class PackError extends Error {
	constructor(
		message: string,
		readonly reason: 'offline' | 'missing' | 'damaged' | 'mismatch' | 'newer-format',
		readonly problem: PackProblem,
		readonly title: string,
		readonly status = 0
	) {
		super(message);
		this.name = 'PackError';
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a pack's text against its catalog entry: valid JSON, a format this app reads, the
 * expected shape, and a SHA-256 that matches — so a truncated or altered file is never stored.
 */
export async function parsePack(text: string, entry: CatalogEntry): Promise<LessonPack> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new PackError(
			`The download of “${entry.title}” is damaged (incomplete or not JSON).`,
			'damaged',
			'not-json',
			entry.title
		);
	}
	if (!isRecord(data))
		throw new PackError(
			`The file for “${entry.title}” is not a lesson.`,
			'damaged',
			'not-lesson',
			entry.title
		);
	if (typeof data.format === 'number' && data.format > PACK_FORMAT) {
		throw new PackError(
			`“${entry.title}” needs a newer version of Parallax. Update the app.`,
			'newer-format',
			'newer-format',
			entry.title
		);
	}
	const { lesson, sources, glossary } = data;
	if (
		data.format !== PACK_FORMAT ||
		!isRecord(lesson) ||
		lesson.id !== entry.id ||
		!Array.isArray(sources) ||
		!Array.isArray(glossary)
	) {
		throw new PackError(
			`The file for “${entry.title}” is not a valid lesson.`,
			'damaged',
			'invalid',
			entry.title
		);
	}
	// the hash covers exactly what the build hashed: the pack without its own hash field
	const actual = await sha256Hex(
		JSON.stringify({ format: data.format, lesson, sources, glossary })
	);
	if (actual !== entry.hash || data.hash !== entry.hash) {
		throw new PackError(
			`The download of “${entry.title}” does not match the library (it may be damaged or changed). It was not saved.`,
			'mismatch',
			'mismatch',
			entry.title
		);
	}
	return data as LessonPack;
}

/** Downloads and checks one pack. */
export async function downloadPack(
	fetcher: typeof fetch,
	entry: CatalogEntry
): Promise<LessonPack> {
	let response: Response;
	try {
		response = await fetcher(entry.pack);
	} catch {
		throw new PackError(
			`Could not download “${entry.title}”: no connection.`,
			'offline',
			'offline',
			entry.title
		);
	}
	if (!response.ok) {
		throw new PackError(
			`The server no longer has “${entry.title}” (HTTP ${response.status}).`,
			'missing',
			'missing',
			entry.title,
			response.status
		);
	}
	let text: string;
	try {
		text = await response.text();
	} catch {
		throw new PackError(
			`The download of “${entry.title}” was interrupted.`,
			'damaged',
			'interrupted',
			entry.title
		);
	}
	return parsePack(text, entry);
}
