// The search worker's state: the index, loaded from its cache, kept in step with the app's
// database, answering queries meanwhile. No worker APIs here, so tests drive it directly.
import type { ParallaxDb } from '$lib/db/database';
import { readLesson, readWantedLessons } from './app-reader';
import type { IndexCache } from './index-cache';
import { planUpdate } from './plan';
import { SaveScheduler } from './save-scheduler';
import { SearchIndex } from './search-index';
import type { SearchResults, SearchStatus } from './types';

export type EngineOptions = {
	// opened on first use; the engine closes it when it closes
	openAppDb: () => ParallaxDb;
	cache: IndexCache;
	onStatus: (status: SearchStatus) => void;
	saveDelayMs?: number;
};

// hand the thread back this often during long updates, so queries are answered meanwhile
const YIELD_EVERY_MS = 30;
const STATUS_EVERY_MS = 100;
// some browsers have left IndexedDB opens pending forever in workers: then start from scratch
const LOAD_TIMEOUT_MS = 5000;

export class SearchEngine {
	private index = SearchIndex.empty();
	private appDb: ParallaxDb | undefined;
	private loaded: Promise<void> | undefined;
	private refreshing: Promise<void> | undefined;
	private refreshAgain = false;
	private closed = false;
	private failure: string | undefined;
	private status: SearchStatus = { indexed: 0, total: 0, ready: false };
	private readonly saver: SaveScheduler;
	/** Lessons read and indexed since start (tests check that a reload indexes nothing). */
	indexedSinceStart = 0;
	/** Where the index came from: the cache, or nothing (missing, unreadable or an old format). */
	loadedFrom: 'cache' | 'scratch' | undefined;

	constructor(private readonly options: EngineOptions) {
		this.saver = new SaveScheduler(
			() => this.save(),
			// only a lost cache: the next start re-indexes what is missing
			(error) => console.warn('Search: could not save the index', error),
			options.saveDelayMs
		);
	}

	/**
	 * Loads the saved index (first time), then compares it with the device's lessons and catches
	 * up. A call during a refresh makes that refresh look once more when done. Never rejects:
	 * failures go to the status.
	 */
	refresh(): Promise<void> {
		if (this.closed) return Promise.resolve();
		if (this.refreshing) {
			this.refreshAgain = true;
			return this.refreshing;
		}
		const run = async () => {
			try {
				await (this.loaded ??= this.loadSaved());
				do {
					this.refreshAgain = false;
					await this.update();
				} while (this.refreshAgain && !this.closed);
			} catch (error) {
				this.fail(error);
			} finally {
				this.refreshing = undefined;
			}
		};
		return (this.refreshing = run());
	}

	async search(query: string, limit?: number): Promise<SearchResults> {
		await (this.loaded ??= this.loadSaved());
		// with nothing indexed, an empty answer would hide the failure
		if (this.failure && this.index.lessonCount === 0) throw new Error(this.failure);
		const started = performance.now();
		const results = this.index.search(query, limit);
		return { ...results, tookMs: Math.round((performance.now() - started) * 100) / 100 };
	}

	/** Stops indexing, saves what changed, closes both databases. */
	async close(): Promise<void> {
		this.closed = true;
		await this.refreshing;
		await this.saver.flush();
		this.options.cache.close();
		this.appDb?.close();
	}

	private async loadSaved(): Promise<void> {
		try {
			const saved = await withTimeout(this.options.cache.load(), LOAD_TIMEOUT_MS);
			if (saved) this.index = SearchIndex.restore(saved);
			this.loadedFrom = saved ? 'cache' : 'scratch';
		} catch (error) {
			// unreadable or from an older format: rebuild it, and overwrite it when saved
			console.warn('Search: rebuilding the index', error);
			this.index = SearchIndex.empty();
			this.loadedFrom = 'scratch';
		}
		const count = this.index.lessonCount;
		this.setStatus({ indexed: count, total: count, ready: false });
	}

	private async save(): Promise<void> {
		const index = this.index;
		const changes = index.takeChanges();
		try {
			await this.options.cache.save(changes);
		} catch (error) {
			index.saveFailed(changes);
			throw error;
		}
	}

	private async update(): Promise<void> {
		const db = (this.appDb ??= this.options.openAppDb());
		try {
			const wanted = await readWantedLessons(db);
			const plan = planUpdate(this.index.versions(), wanted);
			for (const id of plan.remove) this.index.removeLesson(id);
			if (plan.remove.length) this.saver.markDirty();
			let indexed = wanted.size - plan.upsert.length;
			let lastStatus = 0;
			let lastYield = performance.now();
			this.setStatus({ indexed, total: wanted.size, ready: !plan.upsert.length });
			for (const lesson of plan.upsert) {
				if (this.closed) return;
				const docs = await readLesson(db, lesson);
				if (docs) this.index.setLesson(lesson.id, docs);
				// deleted since the plan was made: look again once this pass is done
				else this.refreshAgain = true;
				this.indexedSinceStart++;
				indexed++;
				this.saver.markDirty();
				const now = performance.now();
				if (now - lastStatus > STATUS_EVERY_MS) {
					this.setStatus({ indexed, total: wanted.size, ready: false });
					lastStatus = now;
				}
				if (now - lastYield > YIELD_EVERY_MS) {
					await new Promise((resolve) => setTimeout(resolve, 0));
					lastYield = performance.now();
				}
			}
			this.failure = undefined;
			this.setStatus({ indexed, total: wanted.size, ready: !this.refreshAgain });
		} catch (error) {
			this.fail(error);
		}
	}

	private fail(error: unknown): void {
		const reason = error instanceof Error ? error.message : String(error);
		this.failure = `Search cannot read the lessons on this device: ${reason}`;
		// the status carries what failed; the page puts it in a sentence in the reader's language
		this.setStatus({ ...this.status, ready: false, error: reason });
	}

	private setStatus(status: SearchStatus): void {
		this.status = status;
		this.options.onStatus(status);
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
