const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2022-10" → "October 2022"; "2020-02-26" → "26 February 2020"; approximate dates say so. */
export function formatSourceDate(date: { value: string; approximate: boolean }): string {
	const [year, month, day] = date.value.split('-');
	const parts = [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year];
	const text = parts.filter(Boolean).join(' ');
	return date.approximate ? `About ${text}` : text;
}

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
	const format = new Intl.DateTimeFormat(locale, {
		...TIMELINE_FORMATS[precision],
		timeZone: 'UTC'
	});
	return format.format(time);
}
