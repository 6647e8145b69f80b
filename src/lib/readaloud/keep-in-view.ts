// The sentence read is brought back into view in its own scroller only (a column on a wide
// screen, else the page): scrollIntoView could scroll the other column or the page around it.

const scrolls = (element: Element) => /(auto|scroll)/.test(getComputedStyle(element).overflowY);

/** The nearest element that scrolls `node`'s content, or the page's scroller. */
export function scrollerOf(node: Element): Element {
	for (let element = node.parentElement; element; element = element.parentElement) {
		if (element.scrollHeight > element.clientHeight && scrolls(element)) return element;
	}
	return document.scrollingElement ?? document.documentElement;
}

/** Scrolls only the range's scroller, and only when the range has left its visible part. */
export function keepInView(range: Range, anchor: Element): void {
	const scroller = scrollerOf(anchor);
	const page = scroller === document.scrollingElement;
	const view = page ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
	const rect = range.getBoundingClientRect();
	if (rect.height === 0 && rect.width === 0) return;
	// a sticky header (the account's card, the tabs) covers the top of the view
	const covered = Math.min(160, (view.bottom - view.top) / 4);
	if (rect.top >= view.top + covered && rect.bottom <= view.bottom) return;
	const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	const top = scroller.scrollTop + rect.top - view.top - (view.bottom - view.top) / 3;
	scroller.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}
