import { sha256Hex } from '$lib/files/sha256';
import { PACK_FORMAT, type CatalogEntry, type LessonPack } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';

/** Why a downloaded pack was refused, in words for the person holding the tablet. */
export class PackError extends Error {
	constructor(
		message: string,
		readonly reason: 'offline' | 'missing' | 'damaged' | 'mismatch' | 'newer-format'
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
		throw new PackError(m.shell_pack_damaged({ title: entry.title }), 'damaged');
	}
	if (!isRecord(data))
		throw new PackError(m.shell_pack_not_lesson({ title: entry.title }), 'damaged');
	if (typeof data.format === 'number' && data.format > PACK_FORMAT) {
		throw new PackError(m.shell_pack_newer({ title: entry.title }), 'newer-format');
	}
	const { lesson, sources, glossary } = data;
	if (
		data.format !== PACK_FORMAT ||
		!isRecord(lesson) ||
		lesson.id !== entry.id ||
		!Array.isArray(sources) ||
		!Array.isArray(glossary)
	) {
		throw new PackError(m.shell_pack_invalid({ title: entry.title }), 'damaged');
	}
	// the hash covers exactly what the build hashed: the pack without its own hash field
	const actual = await sha256Hex(
		JSON.stringify({ format: data.format, lesson, sources, glossary })
	);
	if (actual !== entry.hash || data.hash !== entry.hash) {
		throw new PackError(m.shell_pack_mismatch({ title: entry.title }), 'mismatch');
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
		throw new PackError(m.shell_pack_offline({ title: entry.title }), 'offline');
	}
	if (!response.ok) {
		throw new PackError(
			m.shell_pack_missing({ title: entry.title, status: response.status }),
			'missing'
		);
	}
	let text: string;
	try {
		text = await response.text();
	} catch {
		throw new PackError(m.shell_pack_interrupted({ title: entry.title }), 'damaged');
	}
	return parsePack(text, entry);
}
