// Loads the code that keeps each account's reading place only when it has work: this lesson has
// a place kept for this reader, or the reader scrolls. A first visit has neither until it scrolls.
import { getDb, getProgress } from '$lib/db';
import { currentProfile } from '$lib/profiles/current-profile.svelte';

type Positions = typeof import('./positions');

/** Calls `start` with the positions code when it is needed; returns the cleanup for an effect. */
export function whenPlaceKept(lessonId: string, start: (m: Positions) => () => void): () => void {
	let stop: (() => void) | undefined;
	let gone = false;
	let loading = false;
	const load = (scrolled?: Event) => {
		if (loading || gone) return;
		loading = true;
		removeEventListener('scroll', load, true);
		void import('./positions').then((m) => {
			if (gone) return;
			stop = start(m);
			// the scroll that loaded the code is one to keep too (a jump is a single scroll)
			scrolled?.target?.dispatchEvent(new Event('scroll', { bubbles: true }));
		});
	};
	addEventListener('scroll', load, { capture: true, passive: true });
	void getProgress(getDb(), currentProfile.id, lessonId)
		.then((progress) => Object.keys(progress.position).length > 0 && load())
		.catch(() => load());
	return () => {
		gone = true;
		removeEventListener('scroll', load, true);
		stop?.();
	};
}
