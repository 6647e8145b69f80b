const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Focuses the first element after `from` in document order that Tab would reach, as if Tab had
 * been pressed on it (`skip`, e.g. a popup placed at the end of the page, is passed over).
 */
export function focusAfter(from: HTMLElement, skip?: HTMLElement): void {
	for (const candidate of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
		if (skip?.contains(candidate) || from.contains(candidate)) continue;
		if (!(from.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
		if (!candidate.checkVisibility({ visibilityProperty: true })) continue;
		candidate.focus();
		return;
	}
}
