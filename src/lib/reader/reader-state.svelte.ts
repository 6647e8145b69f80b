import { getContext, setContext, tick } from 'svelte';
import { getDb, getSetting, profileSettingKey, setSetting } from '$lib/db';
import { wideScreen } from './wide-screen.svelte';

const KEY = Symbol('reader');

/**
 * What the reader shows for one lesson: the two accounts in the columns (wide screens), the
 * account in the selected tab (narrow screens), the paragraph being pointed at, and what this
 * profile keeps: the content note acknowledged, the questions sheet left open.
 */
export class ReaderState {
	readonly lessonId: string;
	readonly sourceIds: string[];
	readonly wide = wideScreen;
	columns = $state<[string, string]>(['', '']);
	tab = $state('');
	highlighted = $state<string | undefined>();
	// wide screens: the questions sheet over the right column is open
	questionsOpen = $state(false);
	noteSeen = $state(false);
	#profileId = '';
	// set by Perspectives, which owns the panels: scrolls a source's view so a block is in sight
	scrollToBlock: (sourceId: string, blockId: string, smooth: boolean) => void = () => {};

	constructor(lessonId: string, sourceIds: string[]) {
		this.lessonId = lessonId;
		this.sourceIds = sourceIds;
		this.columns = [sourceIds[0] ?? '', sourceIds[1] ?? sourceIds[0] ?? ''];
		this.tab = sourceIds[0] ?? '';
	}

	#key = (name: string) => profileSettingKey(this.#profileId, name);

	/** Reads what this profile left: the note acknowledged, the questions open or closed. */
	async load(profileId: string): Promise<void> {
		this.#profileId = profileId;
		const db = getDb();
		const [seen, open] = await Promise.all([
			getSetting<boolean>(db, this.#key(`contentNoteSeen.${this.lessonId}`)),
			getSetting<boolean>(db, this.#key('questionsOpen'))
		]);
		// a profile switched meanwhile has started its own load
		if (profileId !== this.#profileId) return;
		this.noteSeen = seen === true;
		this.questionsOpen = open === true;
	}

	async acknowledgeNote(): Promise<void> {
		this.noteSeen = true;
		await setSetting(getDb(), this.#key(`contentNoteSeen.${this.lessonId}`), true);
	}

	/**
	 * Opens or closes the questions sheet, and keeps it so for this profile's next visit; the
	 * keyboard goes into the sheet, and back to its button.
	 */
	async showQuestions(open: boolean): Promise<void> {
		this.questionsOpen = open;
		await tick();
		document.getElementById(open ? 'questions' : 'questions-button')?.focus();
		await setSetting(getDb(), this.#key('questionsOpen'), open);
	}

	/**
	 * Puts a source in view (in a column or its tab) and points at one of its paragraphs: with a
	 * smooth scroll from within the lesson, at once when the lesson opens at an address.
	 */
	jumpTo(sourceId: string, blockId: string, smooth = true): void {
		const wide = this.wide.current;
		// with the questions open only the left column shows: the source goes there
		if (wide && this.questionsOpen && this.columns[0] !== sourceId) {
			this.columns = [sourceId, this.columns[0]];
		} else if (wide && !this.columns.includes(sourceId)) {
			this.columns = [this.columns[0], sourceId];
		}
		if (!wide) this.tab = sourceId;
		this.highlighted = blockId;
		// a sheet over the text (claims, glossary) steps aside for the passage
		document.querySelector<HTMLElement>('.sheet:popover-open')?.hidePopover();
		// after the DOM shows the source: scroll, then let the highlight fade
		void tick().then(() =>
			requestAnimationFrame(() => this.scrollToBlock(sourceId, blockId, smooth))
		);
		setTimeout(() => {
			if (this.highlighted === blockId) this.highlighted = undefined;
		}, 2400);
	}
}

export const setReader = (state: ReaderState) => setContext(KEY, state);
export const getReader = () => getContext<ReaderState>(KEY);
