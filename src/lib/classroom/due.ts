import { getLocale } from '$lib/i18n/runtime';

// Due and hand-in dates in the interface's language. No messages here: this module shares the link
// page's first chunk (vite.config.ts), which would take in every message module it imports along
// with their barrel; the words are in due-label.ts.

/** The language dates are written in: the interface's, English as in Britain ("Friday 30 May"). */
const dateLocale = (): string => (getLocale() === 'en' ? 'en-GB' : getLocale());

let names: { locale: string; known: boolean } | undefined;

// Chrome carries month names only for the languages of its own menus: none for Armenian (Intl
// falls back to English), placeholders for Azerbaijani ("M05"). Asked once: the language is fixed
// for the page's life.
function knowsMonthNames(locale: string): boolean {
	if (names?.locale !== locale) {
		const may = () => new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(2000, 4));
		const known = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 && !/\d/.test(may());
		names = { locale, known };
	}
	return names.known;
}

/**
 * A day in words in the interface's language, through Intl; where this browser has no words for
 * that language, in numbers (30.05.2031), as Armenian, Azerbaijani and Russian all write a date.
 */
export function formatDay(date: Date, options: Intl.DateTimeFormatOptions): string {
	const locale = dateLocale();
	if (knowsMonthNames(locale)) return date.toLocaleDateString(locale, options);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** A due date (YYYY-MM-DD) as a weekday, day and month, in the interface's language. */
export function dueDate(due: string): string {
	const [y, mo, d] = due.split('-').map(Number);
	return formatDay(new Date(y!, mo! - 1, d!), { weekday: 'long', day: 'numeric', month: 'long' });
}
