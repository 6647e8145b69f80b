// the library shell is static: prerender what can be, the rest falls back to the SPA page
export const prerender = true;
export const trailingSlash = 'never';
