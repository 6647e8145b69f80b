import { storageErrorText } from '$lib/i18n/storage-error';
import { answersFor, getDb, saveAnswer, type Answer, type AnswerValue } from '$lib/db';
import { onBeforeReload } from '$lib/pwa/before-reload';
import { AutosaveScheduler } from './autosave';

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

/**
 * One student's answers to one lesson, as the questions panel edits them. Every change reaches
 * IndexedDB within the autosave delay, and at once when the page is hidden, closed or updated.
 */
export class LessonAnswers {
	values = $state<Record<string, AnswerValue>>({});
	saveState = $state<SaveState>('idle');
	saveError = $state('');
	loaded = $state(false);
	readonly #lessonId: string;
	#profileId = '';
	#loads = 0;
	readonly #autosave = new AutosaveScheduler<Answer>({
		save: (_key, answer) => saveAnswer(getDb(), answer),
		onState: (state, error) => {
			this.saveState = state;
			this.saveError = state === 'failed' ? storageErrorText(error) : '';
		}
	});

	constructor(lessonId: string) {
		this.#lessonId = lessonId;
	}

	/** Shows a profile's answers; whatever the previous profile typed is written first. */
	async load(profileId: string): Promise<void> {
		// a quick second switch of profile: only the newest load may show its answers
		const ticket = ++this.#loads;
		await this.flush();
		this.loaded = false;
		const rows = await answersFor(getDb(), profileId, this.#lessonId);
		if (ticket !== this.#loads) return;
		this.#profileId = profileId;
		this.values = Object.fromEntries(rows.map((row) => [row.questionId, row.value]));
		this.saveState = 'idle';
		this.loaded = true;
	}

	/** Records a change; typing is debounced, a checked choice is written at once. */
	set(questionId: string, value: AnswerValue, now = false): void {
		if (!this.#profileId) return;
		this.values[questionId] = value;
		const answer: Answer = {
			profileId: this.#profileId,
			lessonId: this.#lessonId,
			questionId,
			value: $state.snapshot(value) as AnswerValue,
			updatedAt: Date.now()
		};
		this.#autosave.schedule(`${answer.profileId}/${answer.lessonId}/${questionId}`, answer);
		if (now) void this.flush();
	}

	flush(): Promise<void> {
		return this.#autosave.flush();
	}

	/** Flushes when the tab is hidden or closed and before an update reload. Returns the cleanup. */
	connect(): () => void {
		const flushNow = () => void this.flush();
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') flushNow();
		};
		document.addEventListener('visibilitychange', onVisibility);
		window.addEventListener('pagehide', flushNow);
		const stopBeforeReload = onBeforeReload(() => this.flush());
		return () => {
			document.removeEventListener('visibilitychange', onVisibility);
			window.removeEventListener('pagehide', flushNow);
			stopBeforeReload();
			flushNow();
		};
	}
}
