import type { Catalog, CatalogEntry, LessonPack } from '$lib/content';
import { PACK_FORMAT } from '$lib/content';

export const CATALOG_URL = '/content/catalog.json';

/** A failure a reader can act on, with words that say what happened. */
export class ContentError extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
	}
}

async function fetchJson(fetcher: typeof fetch, url: string, what: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		throw new ContentError(
			`Could not reach the server to load ${what}. Check the connection.`,
			503
		);
	}
	if (!response.ok)
		throw new ContentError(`The server has no ${what} (HTTP ${response.status}).`, response.status);
	try {
		return await response.json();
	} catch {
		throw new ContentError(`The ${what} file is damaged (not valid JSON).`, 500);
	}
}

export async function fetchCatalog(fetcher: typeof fetch): Promise<Catalog> {
	const data = await fetchJson(fetcher, CATALOG_URL, 'lesson catalog');
	if (!isRecord(data) || data.format !== PACK_FORMAT || !Array.isArray(data.lessons)) {
		throw new ContentError('The lesson catalog is from an unknown version of Parallax.', 500);
	}
	return data as Catalog;
}

export async function fetchPack(fetcher: typeof fetch, entry: CatalogEntry): Promise<LessonPack> {
	const data = await fetchJson(fetcher, entry.pack, `lesson "${entry.title}"`);
	if (!isRecord(data) || data.format !== PACK_FORMAT || data.hash !== entry.hash) {
		throw new ContentError(`The file for lesson "${entry.title}" is damaged or out of date.`, 500);
	}
	return data as LessonPack;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
