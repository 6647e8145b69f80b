// What the compiled messages (src/lib/paraglide/messages/*) ask of a runtime: the language now.
// vite.config.ts gives them this instead of Paraglide's own runtime.js, whose strategies for
// finding a language (cookies, URLs, storage) this app does not use: the language is decided once
// at start (./locale.ts). About 1 KB less gzipped on every first visit.

/** The interface's languages (project.inlang/settings.json; a unit test keeps them the same). */
export const locales = ['en', 'hy', 'az', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'en';
// Paraglide's compile-time language, for one-language builds: never used here
export const experimentalStaticLocale: Locale | undefined = undefined;

let active: Locale = baseLocale;

export const getLocale = (): Locale => active;

export function setActiveLocale(locale: Locale): void {
	active = locale;
}
