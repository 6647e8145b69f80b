import type { ClientInit } from '@sveltejs/kit';
import { getDb } from '$lib/db';
import { startLocale } from '$lib/i18n/locale';

export const init: ClientInit = () => {
	// the interface's language, before anything is drawn in it
	startLocale();
	// open IndexedDB while the route's code is still loading: a lesson opens sooner
	getDb()
		.open()
		.catch(() => {
			// the failure surfaces, with its message, on the first real read
		});
};
