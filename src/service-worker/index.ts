/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Only wires listeners; what to cache and how to route live in their own modules.
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { handleMessage } from './messages';
import { registerNavigationFallback } from './navigation';
import { precacheEntries } from './precache-list';
import { registerShareTarget } from './shared-files';

const worker = self as unknown as ServiceWorkerGlobalScope;

cleanupOutdatedCaches();
precacheAndRoute(precacheEntries(), { cleanURLs: true, directoryIndex: 'index.html' });
registerNavigationFallback();
registerShareTarget();
worker.addEventListener('message', (event) => handleMessage(worker, event));
// no skipWaiting() on install: a new version waits until the user accepts the update
