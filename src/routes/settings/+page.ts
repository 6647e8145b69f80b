// settings read this device's storage: nothing to prerender beyond the shell
export const ssr = false;
