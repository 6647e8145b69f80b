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

// whether this browser's Intl has the language's month names: some builds lack a language
// (Armenian comes out in English) or its names ("M10" for an Azerbaijani October)
export function namesMonths(locale: string): boolean {
	if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return false;
	const january = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(0);
	return !/\d/.test(january) && january !== MONTHS[0];
}

// in English written out here, so a prerendered page and the browser write it alike; in another
// language (never prerendered) the browser's Intl writes it, or, lacking its month names, digits
// as the three other languages write them (26.02.2020)
function inWords(locale: string, year: string, month?: string, day?: string): string {
	if (locale === 'en') {
		const parts = [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year];
		return parts.filter(Boolean).join(' ');
	}
	const time = Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
	if (!Number.isFinite(time) || !namesMonths(locale)) {
		return [day, month, year].filter(Boolean).join('.');
	}
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: month ? 'long' : undefined,
		day: day ? 'numeric' : undefined,
		timeZone: 'UTC'
	}).format(time);
}

/**
 * "2022-10" → "October 2022"; "2020-02-26" → "26 February 2020"; approximate dates say so. In
 * another language, `locale` and its `about` (a message: this module's chunk carries none).
 */
export function formatSourceDate(
	date: { value: string; approximate: boolean },
	locale = 'en',
	about = (text: string) => `About ${text}`
): string {
	const [year = '', month, day] = date.value.split('-');
	const text = inWords(locale, year, month, day);
	return date.approximate ? about(text) : text;
}
