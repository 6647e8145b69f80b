/** "Due Monday 30 September", in the device's language. */
export function dueLabel(due: string | null): string {
	if (!due) return 'No due date';
	const [y, m, d] = due.split('-').map(Number);
	const date = new Date(y!, m! - 1, d!);
	return `Due ${date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}`;
}
