import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { ParallaxDb } from '$lib/db';
import { syncLessons, type SyncResult } from './sync';

export type SyncPhase = 'idle' | 'checking' | 'saving' | 'done' | 'offline' | 'storage-full';

/** The state of keeping lessons on this device, for the library and the progress banner. */
class LessonSyncManager {
	#phase = $state<SyncPhase>('idle');
	#total = $state(0);
	#done = $state(0);
	#message = $state('');
	readonly updating = new SvelteSet<string>();
	readonly failures = new SvelteMap<string, string>();
	#running: Promise<SyncResult> | undefined;

	get phase() {
		return this.#phase;
	}
	get total() {
		return this.#total;
	}
	get done() {
		return this.#done;
	}
	get message() {
		return this.#message;
	}

	/** Runs one sync; a call while one is running joins it instead of starting another. */
	run(db: ParallaxDb, fetcher: typeof fetch = fetch): Promise<SyncResult> {
		this.#running ??= this.#run(db, fetcher).finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #run(db: ParallaxDb, fetcher: typeof fetch): Promise<SyncResult> {
		this.#phase = 'checking';
		this.#message = '';
		const result = await syncLessons(db, fetcher, {
			onStart: (total) => {
				this.#total = total;
				this.#done = 0;
				if (total > 0) this.#phase = 'saving';
			},
			onLessonStart: (entry) => this.updating.add(entry.id),
			onLessonDone: (entry, error) => {
				this.updating.delete(entry.id);
				if (error) this.failures.set(entry.id, error.message);
				else this.failures.delete(entry.id);
				this.#done++;
			}
		});
		this.#phase = result.status === 'done' ? 'done' : result.status;
		if (result.status === 'storage-full') this.#message = result.message;
		return result;
	}

	reset(): void {
		this.#phase = 'idle';
		this.#total = 0;
		this.#done = 0;
		this.#message = '';
		this.updating.clear();
		this.failures.clear();
		this.#running = undefined;
	}
}

export const lessonSync = new LessonSyncManager();
