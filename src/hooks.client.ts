import type { ClientInit } from '@sveltejs/kit';
import { getDb } from '$lib/db';

export const init: ClientInit = () => {
	// open IndexedDB while the route's code is still loading: a lesson opens sooner
	getDb()
		.open()
		.catch(() => {
			// the failure surfaces, with its message, on the first real read
		});
};
