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

/** What covers the text along with the control: the sticky header it sits in, if any. */
function coverOf(control: Element): Element {
	for (let element: Element | null = control; element; element = element.parentElement) {
		if (getComputedStyle(element).position === 'sticky') return element;
	}
	return control;
}

/** The part of the view `cover` (the control, docked or in a sticky header) leaves free. */
function uncovered(view: { top: number; bottom: number }, cover: Element | undefined) {
	// a sticky bar (the tabs) may sit at the top of any view
	let { top, bottom } = { top: view.top + 48, bottom: view.bottom };
	const rect = cover && coverOf(cover).getBoundingClientRect();
	if (!rect || rect.height === 0 || rect.bottom <= top || rect.top >= bottom)
		return { top, bottom };
	if (rect.top - top < bottom - rect.bottom) top = Math.max(top, rect.bottom);
	else bottom = Math.min(bottom, rect.top);
	return { top, bottom };
}

/** Scrolls only the range's scroller, and only when the range has left the part left free. */
export function keepInView(range: Range, anchor: Element, cover?: Element): void {
	const scroller = scrollerOf(anchor);
	const page = scroller === document.scrollingElement;
	const box = page ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
	// a column taller than the window is seen only down to the window's edge
	const view = { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, window.innerHeight) };
	const rect = range.getBoundingClientRect();
	if (rect.height === 0 && rect.width === 0) return;
	const free = uncovered(view, cover);
	if (rect.top >= free.top && rect.bottom <= free.bottom) return;
	const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	// the sentence a third of the way down the free part, where the eye reads on
	const top = scroller.scrollTop + rect.top - free.top - (free.bottom - free.top) / 3;
	scroller.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}
