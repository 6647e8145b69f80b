import type { ReaderState } from './reader-state.svelte';

/**
 * Shows the element the address points at (a search result's passage or glossary term), even
 * when it sits in a closed fold, a closed sheet or an account that is not on screen, and points
 * at it.
 */
export function showHashTarget(reader: ReaderState): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	if (!target) {
		// a glossary entry: its sheet loads the glossary, then shows the entry
		if (id.startsWith('glossary-')) document.getElementById('sheet-glossary')?.showPopover();
		return;
	}
	for (
		let fold = target.closest('details');
		fold;
		fold = fold.parentElement?.closest('details') ?? null
	) {
		fold.open = true;
	}
	const panel = target.closest<HTMLElement>('[data-source]');
	if (panel?.dataset.source) return reader.jumpTo(panel.dataset.source, id, false);
	target.scrollIntoView({ block: 'center' });
	target.setAttribute('tabindex', '-1');
	target.focus({ preventScroll: true });
}
