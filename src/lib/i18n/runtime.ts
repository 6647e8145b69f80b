// The language of the page, for the compiled messages and everything written in the interface's
// language. Decided the first time anything asks (the messages of an area load in that language
// only: scripts/vite/messages-by-locale.ts), from what is saved on this device for the profile
// reading now, else the device's language, else English; the same rule as app.html's mirror.
// It stays for the page's life: a change of language reloads the page.

/** The interface's languages (project.inlang/settings.json; a unit test keeps them the same). */
export const locales = ['en', 'hy', 'az', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'en';
// Paraglide's compile-time language, for one-language builds: never used here
export const experimentalStaticLocale: Locale | undefined = undefined;

/** Where this device keeps the language of the profile reading now (app.html reads it too). */
export const LOCALE_KEY = 'parallax.locale';

export const isLocale = (value: unknown): value is Locale =>
	typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The first of the device's languages the app speaks, by their main tag (ru-RU → ru). */
export function fromDeviceLanguages(languages: readonly string[]): Locale | undefined {
	for (const tag of languages) {
		const main = tag.split('-')[0]?.toLowerCase();
		if (isLocale(main)) return main;
	}
	return undefined;
}

/** The device's own language, where the app speaks it. */
export const deviceLocale = (): Locale =>
	(typeof navigator === 'undefined' ? undefined : fromDeviceLanguages(navigator.languages)) ??
	baseLocale;

function savedOrDeviceLocale(): Locale {
	// prerendering speaks English; the browser decides again
	if (import.meta.env.SSR || typeof document === 'undefined') return baseLocale;
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(LOCALE_KEY);
	} catch {
		// no storage: the device's language, each visit
	}
	return isLocale(saved) ? saved : deviceLocale();
}

let active: Locale | undefined;

export const getLocale = (): Locale => (active ??= savedOrDeviceLocale());

/** For tests of words in another language (the app itself reloads to change language). */
export function setActiveLocale(locale: Locale): void {
	active = locale;
}
