import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { saveDraft } from '$lib/db/lesson-drafts/drafts-repo';
import { onBeforeReload } from '$lib/pwa/before-reload';
import { AutosaveScheduler } from '$lib/questions/autosave';
import type { LessonDraft } from './draft';

// changes closer together than this are one step of undo (the letters of one word, say)
const UNDO_BURST_MS = 1200;
const UNDO_STEPS = 50;

/**
 * A draft being edited: every change is autosaved to IndexedDB like an answer (a killed tab
 * loses nothing), and the last changes can be undone. Create during component setup.
 */
export class DraftEditor {
	draft: LessonDraft = $state() as LessonDraft;
	saving = $state<'saved' | 'pending' | 'failed'>('saved');
	saveError = $state('');
	canUndo = $state(false);
	#undo: string[] = [];
	#last = '';
	#lastChange = 0;
	#undoing = false;
	#autosave = new AutosaveScheduler<LessonDraft>({
		save: (_key, draft) => saveDraft(getDb(), draft),
		delayMs: 500,
		onState: (state, error) => {
			this.saving = state;
			this.saveError = state === 'failed' ? storageErrorText(error) : '';
		}
	});

	constructor(draft: LessonDraft) {
		this.draft = draft;
		this.#last = JSON.stringify(draft);
		// every change, however deep: remembered for undo, then saved
		$effect(() => {
			const now = JSON.stringify(this.draft);
			if (now === this.#last) return;
			if (!this.#undoing && Date.now() - this.#lastChange > UNDO_BURST_MS) {
				this.#undo.push(this.#last);
				if (this.#undo.length > UNDO_STEPS) this.#undo.shift();
			}
			this.#undoing = false;
			this.#lastChange = Date.now();
			this.#last = now;
			this.canUndo = this.#undo.length > 0;
			const snapshot = JSON.parse(now) as LessonDraft;
			snapshot.updatedAt = Date.now();
			this.#autosave.schedule(snapshot.id, snapshot);
		});
		$effect(() => {
			const flushNow = () => void this.flush();
			const onVisibility = () => {
				if (document.visibilityState === 'hidden') flushNow();
			};
			document.addEventListener('visibilitychange', onVisibility);
			window.addEventListener('pagehide', flushNow);
			const stop = onBeforeReload(() => this.flush());
			return () => {
				document.removeEventListener('visibilitychange', onVisibility);
				window.removeEventListener('pagehide', flushNow);
				stop();
				flushNow();
			};
		});
	}

	/** Goes back to the draft before the last change (a burst of typing is one change). */
	undo(): void {
		const previous = this.#undo.pop();
		if (previous === undefined) return;
		this.#undoing = true;
		this.draft = JSON.parse(previous) as LessonDraft;
		this.canUndo = this.#undo.length > 0;
	}

	flush(): Promise<void> {
		return this.#autosave.flush();
	}
}
