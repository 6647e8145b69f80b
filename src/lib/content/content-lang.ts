/** The language of the library's articles, quotes and comments (English); the interface's may differ. */
export const CONTENT_LANG = 'en';
