import { getLocale } from '$lib/i18n/runtime';

/** When a hand-in was made or changed, as the teacher reads it: in the interface's language. */
export const when = (iso: string | number) =>
	new Date(iso).toLocaleString(getLocale(), { dateStyle: 'medium', timeStyle: 'short' });
