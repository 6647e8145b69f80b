// Which language the interface speaks: the one chosen on this device (for the profile reading
// now), else the device's own language on first start, else English. Read once at start; a
// change reloads the page, so every word on it changes together (messages are plain functions).
import { baseLocale, fromDeviceLanguages, isLocale, LOCALE_KEY, type Locale } from './locales';
import { setActiveLocale } from './runtime';

let current: Locale = baseLocale;

/** Decides the language before anything is drawn; in the browser only. */
export function startLocale(): Locale {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(LOCALE_KEY);
	} catch {
		// no storage: the device's language, each visit
	}
	current = isLocale(stored) ? stored : deviceLocale();
	setActiveLocale(current);
	document.documentElement.lang = current;
	return current;
}

export const currentLocale = (): Locale => current;

/** The device's own language, where the app speaks it: a reader who has not chosen one reads in it. */
export const deviceLocale = (): Locale => fromDeviceLanguages(navigator.languages) ?? baseLocale;

/** Keeps `locale` for this device and, when it changes the language, reloads in it. */
export function useLocale(locale: Locale): void {
	try {
		localStorage.setItem(LOCALE_KEY, locale);
	} catch {
		// without storage the choice lasts this visit only
	}
	if (locale !== current) location.reload();
}
