import { getDb, getProgress, savePosition } from '$lib/db';
import { currentProfile } from '$lib/profiles/current-profile.svelte';
import type { ReaderState } from './reader-state.svelte';

const SAVE_DELAY_MS = 600;
const BLOCKS = '[id^="p-"], [id^="c-"]';

/** The first paragraph whose lower edge is below the top of the visible area. */
function firstVisibleBlock(panel: HTMLElement, viewTop: number): string | undefined {
	for (const block of panel.querySelectorAll<HTMLElement>(BLOCKS)) {
		if (block.getBoundingClientRect().bottom > viewTop + 8) return block.id;
	}
	return undefined;
}

/** Scrolls a column (wide) or the page (narrow) so the block sits just below the sticky header. */
function showAtTop(panel: HTMLElement, block: HTMLElement, wide: boolean): void {
	const head = panel.querySelector<HTMLElement>('.source-head');
	const offset = block.getBoundingClientRect().top - panel.getBoundingClientRect().top;
	if (wide) panel.scrollTop += offset - (head?.offsetHeight ?? 0);
	else window.scrollTo({ top: window.scrollY + block.getBoundingClientRect().top - 56 });
}

/**
 * Remembers, per source, the first paragraph in view, and on open returns each source to it.
 * Wide screens scroll each column on its own; narrow screens scroll the page. Returns the cleanup.
 */
export function trackPositions(
	lessonId: string,
	panels: Record<string, HTMLElement | null>,
	wide: boolean,
	reader: ReaderState
): () => void {
	const db = getDb();
	const profileId = currentProfile.id;
	let timer: ReturnType<typeof setTimeout> | undefined;
	// scroll events caused by restoring a position are ours, not the reader's
	let ignoreUntil = 0;

	const saveLater = (sourceId: string) => {
		if (performance.now() < ignoreUntil) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			const panel = panels[sourceId];
			const top = wide && panel ? panel.getBoundingClientRect().top : 0;
			const blockId = panel && firstVisibleBlock(panel, top);
			if (blockId) void savePosition(db, profileId, lessonId, sourceId, blockId);
		}, SAVE_DELAY_MS);
	};

	const listeners: (() => void)[] = [];
	if (wide) {
		for (const [sourceId, panel] of Object.entries(panels)) {
			// a panel that was removed (its account hidden) is null
			if (!panel) continue;
			const onScroll = () => saveLater(sourceId);
			panel.addEventListener('scroll', onScroll, { passive: true });
			listeners.push(() => panel.removeEventListener('scroll', onScroll));
		}
	} else {
		const onScroll = () => saveLater(reader.tab);
		window.addEventListener('scroll', onScroll, { passive: true });
		listeners.push(() => window.removeEventListener('scroll', onScroll));
	}

	void getProgress(db, profileId, lessonId).then((progress) => {
		for (const [sourceId, blockId] of Object.entries(progress.position)) {
			const visible = wide ? reader.columns.includes(sourceId) : reader.tab === sourceId;
			const block = panels[sourceId]?.querySelector<HTMLElement>(`#${CSS.escape(blockId)}`);
			if (visible && block && panels[sourceId]) {
				ignoreUntil = performance.now() + 250;
				showAtTop(panels[sourceId], block, wide);
			}
		}
	});

	return () => {
		clearTimeout(timer);
		listeners.forEach((remove) => remove());
	};
}
