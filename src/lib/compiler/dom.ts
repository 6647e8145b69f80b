// The document the compiler parses HTML with: the page's own in the browser; on Node, a jsdom
// window given once by $lib/server/compiler-dom (jsdom never enters the browser's bundle).
let given: Window | undefined;

/** Gives the compiler a DOM where there is none (Node). */
export function useDomWindow(window: Window): void {
	given = window;
}

export function domWindow(): Window {
	const found = given ?? (typeof window === 'undefined' ? undefined : window);
	if (!found) {
		throw new Error('The compiler needs a DOM: on Node, import "$lib/server/compiler-dom" first.');
	}
	return found;
}
