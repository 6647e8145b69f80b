import { m } from '$lib/paraglide/messages';
import { dueDate } from './due';

/** "Due Monday 30 September", in the interface's language. */
export function dueLabel(due: string | null): string {
	return due ? m.classroom_due({ date: dueDate(due) }) : m.classroom_no_due();
}
