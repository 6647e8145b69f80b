// The keys of a toolbar (WAI-ARIA toolbar pattern): arrows move along its buttons, Home and End
// go to its ends, Escape leaves it and the selection, with the caret after the selected words.

export function toolbarKeys(event: KeyboardEvent, toolbar: HTMLElement): void {
	const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
	const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
	const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
	let next: number | undefined;
	if (event.key in step) next = (at + step[event.key]! + buttons.length) % buttons.length;
	else if (event.key === 'Home') next = 0;
	else if (event.key === 'End') next = buttons.length - 1;
	else if (event.key === 'Escape') {
		event.preventDefault();
		(document.activeElement as HTMLElement | null)?.blur();
		getSelection()?.collapseToEnd();
		return;
	}
	if (next === undefined) return;
	event.preventDefault();
	buttons[next]?.focus();
}
