// Set once a profile on this device has made a highlight or note, so a lesson page on a device
// that never had one (every first visit) loads none of the annotation code until text is selected.
import { getDb } from '$lib/db';

const KEY = 'parallax.hasAnnotations';

export function hasAnnotations(): boolean {
	try {
		return localStorage.getItem(KEY) === 'yes';
	} catch {
		// no storage access: load them, so none is ever hidden
		return true;
	}
}

export function noteAnnotations(): void {
	try {
		localStorage.setItem(KEY, 'yes');
	} catch {
		// without local storage, hasAnnotations() already answers yes
	}
}

/**
 * Whether this device may hold annotations: the flag, or else the table itself (a browser killed
 * moments after the first highlight can lose the flag, never the committed highlight).
 */
export async function mayHaveAnnotations(): Promise<boolean> {
	if (hasAnnotations()) return true;
	return (await getDb().annotations.count()) > 0;
}

/**
 * Calls `wake` once this device may hold annotations, or when text is first selected; returns
 * the cleanup for an effect.
 */
export function whenAnnotating(wake: () => void): () => void {
	void mayHaveAnnotations()
		.then((some) => some && wake())
		.catch(() => {});
	const onSelection = () => {
		if (getSelection()?.isCollapsed === false) wake();
	};
	document.addEventListener('selectionchange', onSelection);
	return () => document.removeEventListener('selectionchange', onSelection);
}
