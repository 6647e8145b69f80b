import { getLocale } from '$lib/i18n/runtime';
import { m } from '$lib/paraglide/messages';
import { formatSourceDate } from './dates';

/** An account's date in the interface's language ("About October 2022" when approximate). */
export const sourceDate = (date: { value: string; approximate: boolean }): string =>
	formatSourceDate(date, getLocale(), (text) => m.lesson_date_about({ date: text }));
