import * as z from 'zod/mini';

/** Ids are URL-safe slugs: they appear in links, file names and IndexedDB keys. */
export const slug = z
	.string()
	.check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug like "khojaly-1992"'));

export const text = z.string().check(z.trim(), z.minLength(1, 'non-empty text'));

/** HTML that went through the sanitizer; only the compiler's sanitize step produces it. */
export type SafeHtml = string & { readonly __safeHtml: true };
