// profiles live in this device's IndexedDB: nothing to prerender beyond the shell
export const ssr = false;
