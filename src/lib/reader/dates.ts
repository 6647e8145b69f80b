import { getLocale } from '$lib/i18n/runtime';
import { m } from '$lib/paraglide/messages';

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

// in English written out here, so a prerendered page and the browser write it alike; in another
// language (never prerendered) the browser's Intl writes it
function inWords(year: string, month?: string, day?: string): string {
	const locale = getLocale();
	if (locale === 'en') {
		const parts = [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year];
		return parts.filter(Boolean).join(' ');
	}
	const time = Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
	if (!Number.isFinite(time)) return [day, month, year].filter(Boolean).join('.');
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: month ? 'long' : undefined,
		day: day ? 'numeric' : undefined,
		timeZone: 'UTC'
	}).format(time);
}

/** "2022-10" → "October 2022"; "2020-02-26" → "26 February 2020"; approximate dates say so. */
export function formatSourceDate(date: { value: string; approximate: boolean }): string {
	const [year = '', month, day] = date.value.split('-');
	const text = inWords(year, month, day);
	return date.approximate ? m.lesson_date_about({ date: text }) : text;
}
