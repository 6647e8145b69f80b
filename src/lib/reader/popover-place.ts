// Where a glossary popover goes beside its term. Pure, so it is tested without a browser.

export type Box = { top: number; bottom: number; left: number };
export type Size = { width: number; height: number };

const GAP = 6;
const MARGIN = 8;

/**
 * Below the term if the popover fits there, else above it, else as low as the screen allows;
 * never past the left or right edge. Always inside the viewport when the popover is no larger
 * than the viewport less its margins (its stylesheet keeps it so).
 */
export function placePopover(
	term: Box,
	popover: Size,
	viewport: Size
): { top: number; left: number } {
	const below = term.bottom + GAP;
	const above = term.top - GAP - popover.height;
	const lowest = viewport.height - MARGIN - popover.height;
	return {
		top: below <= lowest ? below : above >= MARGIN ? above : Math.max(MARGIN, lowest),
		left: Math.max(MARGIN, Math.min(term.left, viewport.width - popover.width - MARGIN))
	};
}
