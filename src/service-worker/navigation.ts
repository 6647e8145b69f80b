import { createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { FALLBACK_PAGE } from './precache-list';

/** Every route the app has (a deep link to /lessons/<id> included) opens offline from the shell. */
export function registerNavigationFallback(): void {
	registerRoute(new NavigationRoute(createHandlerBoundToURL(FALLBACK_PAGE)));
}
