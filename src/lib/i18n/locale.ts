// Which language the interface speaks: the one chosen on this device (for the profile reading
// now), else the device's own language on first start, else English (./runtime decides, the
// first time anything asks). A change reloads the page, so every word on it changes together.
import { deviceLocale, getLocale, LOCALE_KEY, type Locale } from './runtime';

export { deviceLocale };

/** Sets `<html lang>` to the interface's language before anything is drawn; in the browser only. */
export function startLocale(): Locale {
	const locale = getLocale();
	document.documentElement.lang = locale;
	return locale;
}

export const currentLocale = (): Locale => getLocale();

/** Keeps `locale` for this device and, when it changes the language, reloads in it. */
export function useLocale(locale: Locale): void {
	try {
		localStorage.setItem(LOCALE_KEY, locale);
	} catch {
		// without storage the choice lasts this visit only
	}
	if (locale !== getLocale()) location.reload();
}
