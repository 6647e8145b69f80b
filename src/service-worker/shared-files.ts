import { registerRoute } from 'workbox-routing';

// Lesson files shared to Parallax from another app (the manifest's share_target arrive as a
// POST): kept in a cache of their own until Teach → Lessons imports them.
const SHARED_CACHE = 'parallax-shared-files';
const SHARE_ACTION = '/teach/lessons/shared';

export function registerShareTarget(): void {
	registerRoute(
		({ url }) => url.pathname === SHARE_ACTION,
		async ({ request }) => {
			const form = await request.formData();
			const files = form.getAll('lessons').filter((entry): entry is File => entry instanceof File);
			const cache = await caches.open(SHARED_CACHE);
			const batch = Date.now();
			await Promise.all(
				files.map((file, i) =>
					cache.put(
						`/shared-files/${batch}-${i}/${encodeURIComponent(file.name)}`,
						new Response(file)
					)
				)
			);
			return Response.redirect(`/teach/lessons?shared=${files.length}`, 303);
		},
		'POST'
	);
}
