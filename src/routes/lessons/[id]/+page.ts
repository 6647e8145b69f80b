import { error } from '@sveltejs/kit';
import { ContentError, fetchCatalog, fetchPack } from '$lib/library/catalog';
import type { PageLoad } from './$types';

// lessons render in the browser from downloaded packs; the SPA fallback serves the route
export const prerender = false;
export const ssr = false;

export const load = (async ({ fetch, params }) => {
	try {
		const catalog = await fetchCatalog(fetch);
		const entry = catalog.lessons.find((lesson) => lesson.id === params.id);
		if (!entry) error(404, { message: `There is no lesson called "${params.id}".` });
		return {
			// the whole lesson with its sources as sanitized HTML
			pack: await fetchPack(fetch, entry)
		};
	} catch (cause) {
		if (cause instanceof ContentError) error(cause.status, { message: cause.message });
		throw cause;
	}
}) satisfies PageLoad;
