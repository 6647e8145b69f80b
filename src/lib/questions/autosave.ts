/**
 * Debounced saving of typed answers: each key is written `delayMs` after its last change, and at
 * once on `flush()` (blur, visibilitychange, pagehide, before an update reload). A failed write
 * keeps the value pending so the next change or flush tries again; nothing typed is dropped.
 */
export class AutosaveScheduler<T> {
	readonly #pending = new Map<string, T>();
	readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
	readonly #save: (key: string, value: T) => Promise<void>;
	readonly #delayMs: number;
	readonly #onState: (state: 'pending' | 'saved' | 'failed', error?: unknown) => void;

	constructor(options: {
		save: (key: string, value: T) => Promise<void>;
		delayMs?: number;
		onState?: (state: 'pending' | 'saved' | 'failed', error?: unknown) => void;
	}) {
		this.#save = options.save;
		this.#delayMs = options.delayMs ?? 400;
		this.#onState = options.onState ?? (() => {});
	}

	get pendingCount(): number {
		return this.#pending.size;
	}

	/** Records a change; it is written once the key has been quiet for the delay. */
	schedule(key: string, value: T): void {
		this.#pending.set(key, value);
		clearTimeout(this.#timers.get(key));
		this.#timers.set(
			key,
			setTimeout(() => void this.#write(key), this.#delayMs)
		);
		this.#onState('pending');
	}

	/** Writes everything pending now. */
	async flush(): Promise<void> {
		await Promise.all([...this.#pending.keys()].map((key) => this.#write(key)));
	}

	async #write(key: string): Promise<void> {
		clearTimeout(this.#timers.get(key));
		this.#timers.delete(key);
		if (!this.#pending.has(key)) return;
		const value = this.#pending.get(key) as T;
		try {
			await this.#save(key, value);
			// a newer change may have arrived while writing: only clear what was written
			if (this.#pending.get(key) === value) this.#pending.delete(key);
			if (this.#pending.size === 0) this.#onState('saved');
		} catch (error) {
			this.#onState('failed', error);
		}
	}
}
