// a student's assignment lives in this device's IndexedDB: rendered in the browser
export const ssr = false;
export const prerender = false;
