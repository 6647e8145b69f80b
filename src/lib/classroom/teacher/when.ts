import { getLocale } from '$lib/i18n/runtime';

// Chromium carries no month names for Armenian or Azerbaijani and writes "2026 M11 28": numbers
// read well in every browser ("28.11.2026, 18:49", or "2026-11-28 18:49" where data is missing)
const NUMERIC: Intl.DateTimeFormatOptions = {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
};
const NAMED: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** When a hand-in was made or changed, as the teacher reads it: in the interface's language. */
export function when(iso: string | number): string {
	const locale = getLocale();
	return new Date(iso).toLocaleString(locale, locale === 'hy' || locale === 'az' ? NUMERIC : NAMED);
}
