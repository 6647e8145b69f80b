import { getLocale } from '$lib/i18n/runtime';

// Due dates in the interface's language. No messages here: this module shares the link page's
// first chunk (vite.config.ts), which would take in every message module it imports along with
// their barrel; the words are in due-label.ts.

/** The language dates are written in: the interface's, English as in Britain ("Friday 30 May"). */
export const dateLocale = (): string => (getLocale() === 'en' ? 'en-GB' : getLocale());

/** A due date (YYYY-MM-DD) as a weekday, day and month, in the interface's language. */
export function dueDate(due: string): string {
	const [y, mo, d] = due.split('-').map(Number);
	return new Date(y!, mo! - 1, d!).toLocaleDateString(dateLocale(), {
		weekday: 'long',
		day: 'numeric',
		month: 'long'
	});
}
