// a teacher's assignments and hand-ins live in this device's IndexedDB: rendered in the browser
export const ssr = false;
