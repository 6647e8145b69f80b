// one assignment from this device's IndexedDB: rendered in the browser from the SPA fallback
export const ssr = false;
export const prerender = false;
