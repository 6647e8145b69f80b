/**
 * Calls `wake` with the first glossary term tapped or focused in `root`, so the popover's code
 * loads only when a term is first used; returns the cleanup for an effect.
 */
export function whenTermUsed(root: HTMLElement, wake: (term: HTMLElement) => void): () => void {
	const onUse = (event: Event) => {
		const term = event.target instanceof Element && event.target.closest('button.term');
		if (term instanceof HTMLElement) wake(term);
	};
	root.addEventListener('click', onUse);
	root.addEventListener('focusin', onUse);
	return () => {
		root.removeEventListener('click', onUse);
		root.removeEventListener('focusin', onUse);
	};
}
