import type { ParallaxDb } from '$lib/db';
import { syncLessons, type SyncResult } from './sync';

export type SyncPhase =
	'idle' | 'checking' | 'saving' | 'done' | 'offline' | 'storage-full' | 'failed';

// what a student or teacher can do when storage refuses the sync for a reason we cannot name
// (this module is every page's and carries no messages: the page words the phase, OfflineStatus)
const FAILED_MESSAGE =
	'New lessons could not be saved on this device just now. The lessons already here, and every answer, are untouched. Reload the page to try again.';

/** The state of keeping lessons on this device, for the library and the progress banner. */
class LessonSyncManager {
	#phase = $state<SyncPhase>('idle');
	#total = $state(0);
	#done = $state(0);
	#message = $state('');
	// plain records, not SvelteSet/SvelteMap: their code would weigh on every page's first visit
	#updating = $state<Record<string, true>>({});
	#failures = $state<Record<string, Error>>({});
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
	isUpdating(lessonId: string): boolean {
		return this.#updating[lessonId] === true;
	}
	/** Why the last download of a lesson failed, if it did (pack-error-text.ts words it). */
	failureOf(lessonId: string): Error | undefined {
		return this.#failures[lessonId];
	}

	/** Runs one sync; a call while one is running joins it instead of starting another. */
	run(db: ParallaxDb, fetcher: typeof fetch = fetch): Promise<SyncResult> {
		this.#running ??= this.#run(db, fetcher).finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #run(db: ParallaxDb, fetcher: typeof fetch): Promise<SyncResult> {
		this.#phase = 'checking';
		this.#message = '';
		// never left at "checking": any failure ends the run with a phase and words for it
		const result = await this.#sync(db, fetcher).catch((): SyncResult => ({
			status: 'failed',
			message: FAILED_MESSAGE
		}));
		this.#updating = {};
		this.#phase = result.status;
		if (result.status === 'storage-full' || result.status === 'failed')
			this.#message = result.message;
		return result;
	}

	#sync(db: ParallaxDb, fetcher: typeof fetch): Promise<SyncResult> {
		return syncLessons(db, fetcher, {
			onStart: (total) => {
				this.#total = total;
				this.#done = 0;
				if (total > 0) this.#phase = 'saving';
			},
			onLessonStart: (entry) => (this.#updating[entry.id] = true),
			onLessonDone: (entry, error) => {
				delete this.#updating[entry.id];
				if (error) this.#failures[entry.id] = error;
				else delete this.#failures[entry.id];
				this.#done++;
			}
		});
	}
}

export const lessonSync = new LessonSyncManager();
