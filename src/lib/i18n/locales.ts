// The interface's languages. Content keeps its own language: this is the language of the app's
// words only. (Defined in ./runtime, which the compiled messages import and must not import more.)
export {
	baseLocale,
	fromDeviceLanguages,
	isLocale,
	LOCALE_KEY,
	locales,
	type Locale
} from './runtime';
