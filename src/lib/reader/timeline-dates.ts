// Dates of the context timeline, in their own module: only the timeline's events (loaded when
// its fold opens) and My work use them, so a lesson's first visit does not carry them.
import { namesMonths } from './dates';

const TIMELINE_FORMATS = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A timeline date ("1991", "1992-02", "2020-11-10") as words, with Intl: "February 1992",
 * "10 November 2020". British English, as the rest of the reader, so a prerendered page and the
 * browser write it alike. Anything else is given back as it is.
 */
export function formatTimelineDate(date: string, locale = 'en-GB'): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return date;
	const [, year, month, day] = match;
	const precision = day ? 'day' : month ? 'month' : 'year';
	const time = Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
	if (!Number.isFinite(time)) return date;
	// a browser without the language's month names would write "1992 M02": digits instead
	if (!locale.startsWith('en') && !namesMonths(locale)) {
		return [day, month, year].filter(Boolean).join('.');
	}
	const format = new Intl.DateTimeFormat(locale, {
		...TIMELINE_FORMATS[precision],
		timeZone: 'UTC'
	});
	return format.format(time);
}
