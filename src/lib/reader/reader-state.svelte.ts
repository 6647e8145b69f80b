import { getContext, setContext } from 'svelte';
import { MediaQuery } from 'svelte/reactivity';

const KEY = Symbol('reader');

/**
 * What the reader shows for one lesson: the two accounts in the columns (wide screens), the
 * account in the selected tab (narrow screens), and the paragraph being pointed at.
 */
export class ReaderState {
	readonly sourceIds: string[];
	// the same breakpoint as the stylesheet: columns at and above it, tabs below
	readonly wide = new MediaQuery('min-width: 900px', false);
	columns = $state<[string, string]>(['', '']);
	tab = $state('');
	highlighted = $state<string | undefined>();
	// wide screens: the questions pane beside the columns is open
	questionsOpen = $state(false);
	// set by the layout: scrolls a source's view so a block is in sight
	scrollToBlock: (sourceId: string, blockId: string) => void = () => {};

	constructor(sourceIds: string[]) {
		this.sourceIds = sourceIds;
		this.columns = [sourceIds[0] ?? '', sourceIds[1] ?? sourceIds[0] ?? ''];
		this.tab = sourceIds[0] ?? '';
	}

	/** Puts a source in view (in a column or its tab) and points at one of its paragraphs. */
	jumpTo(sourceId: string, blockId: string): void {
		const wide = this.wide.current;
		if (wide && !this.columns.includes(sourceId)) this.columns = [this.columns[0], sourceId];
		if (!wide) this.tab = sourceId;
		this.highlighted = blockId;
		// after the DOM shows the source: scroll, then let the highlight fade
		queueMicrotask(() => requestAnimationFrame(() => this.scrollToBlock(sourceId, blockId)));
		setTimeout(() => {
			if (this.highlighted === blockId) this.highlighted = undefined;
		}, 2400);
	}
}

export const setReader = (state: ReaderState) => setContext(KEY, state);
export const getReader = () => getContext<ReaderState>(KEY);
