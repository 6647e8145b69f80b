import { error } from '@sveltejs/kit';
import { getDb } from '$lib/db';
import { LessonUnavailable, openLesson } from '$lib/library/open-lesson';
import type { PageLoad } from './$types';

// lessons render in the browser from IndexedDB; the SPA fallback serves the route
export const prerender = false;
export const ssr = false;

export const load = (async ({ fetch, params }) => {
	try {
		return {
			// the lesson and its sources, from this device first, the network only if missing
			opened: await openLesson(getDb(), params.id, fetch)
		};
	} catch (cause) {
		if (cause instanceof LessonUnavailable) error(cause.status, { message: cause.message });
		if (cause instanceof Error) error(500, { message: cause.message });
		throw cause;
	}
}) satisfies PageLoad;
