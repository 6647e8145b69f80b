import { error } from '@sveltejs/kit';
import { LessonUnavailable, openLesson } from '$lib/library/open-lesson';
import type { PageLoad } from './$types';

// the build's lessons are prerendered: their text is in HTML the worker precaches, so it paints
// at once, offline too; any other lesson id is rendered in the browser from the SPA fallback
export const prerender = true;

export const load = (async ({ fetch, params }) => {
	try {
		return {
			// the lesson and its sources: while prerendering, from the build's pack on disk; in the
			// browser, from this device first and the network only if it is missing
			opened: import.meta.env.SSR
				? (await import('$lib/server/prerender-lesson')).lessonFromBuild(params.id)
				: await openLesson(params.id, fetch)
		};
	} catch (cause) {
		if (cause instanceof LessonUnavailable) error(cause.status, { message: cause.message });
		if (cause instanceof Error) error(500, { message: cause.message });
		throw cause;
	}
}) satisfies PageLoad;
