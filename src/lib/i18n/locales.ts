// The interface's languages. Content keeps its own language: this is the language of the app's
// words only.
import { baseLocale, locales, type Locale } from './runtime';

export { baseLocale, locales, type Locale };

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
