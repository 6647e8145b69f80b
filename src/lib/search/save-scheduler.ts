// Batches saves of the index: after a quiet moment, or at the latest after `maxWaitMs` of steady
// updates (a long first indexing still gets saved along the way), never once per lesson.
export class SaveScheduler {
	private dirtySince: number | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private saving: Promise<void> = Promise.resolve();

	constructor(
		private readonly save: () => Promise<void>,
		private readonly onError: (error: unknown) => void,
		private readonly delayMs = 1000,
		private readonly maxWaitMs = 10_000
	) {}

	get pending(): boolean {
		return this.dirtySince !== undefined;
	}

	/** Something changed: save soon. */
	markDirty(now = Date.now()): void {
		this.dirtySince ??= now;
		clearTimeout(this.timer);
		const wait = Math.max(0, Math.min(this.delayMs, this.dirtySince + this.maxWaitMs - now));
		this.timer = setTimeout(() => void this.flush(), wait);
	}

	/** Saves now if anything changed since the last save; resolves when written (or failed). */
	flush(): Promise<void> {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (this.dirtySince === undefined) return this.saving;
		this.dirtySince = undefined;
		// one save at a time: a flush during a save waits for it, then saves the newer state
		this.saving = this.saving.then(() => this.save().catch(this.onError));
		return this.saving;
	}

	cancel(): void {
		clearTimeout(this.timer);
		this.dirtySince = undefined;
	}
}
