// the lessons on this device live in its IndexedDB: rendered in the browser
export const ssr = false;
