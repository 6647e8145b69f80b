/** Where reading stands: not started (or stopped), speaking, paused at a sentence, or at the end. */
export type ReadingStatus = 'idle' | 'playing' | 'paused' | 'finished';

/** What the speaker must do after a step: speak one chunk (silencing any other), fall silent, or nothing. */
export type SpeechCommand =
	{ kind: 'speak'; index: number } | { kind: 'silence' } | { kind: 'none' };

const NOTHING: SpeechCommand = { kind: 'none' };

/**
 * Which chunk is read and whether it is being spoken, as steps without any speech engine. Pause
 * falls silent and remembers the chunk, resume speaks that chunk again: Chrome on Android cancels
 * on `pause()`, so the engine's own pause is never used.
 */
export class ReadingQueue {
	status: ReadingStatus = 'idle';
	index = 0;
	readonly total: number;

	constructor(total: number, index = 0) {
		this.total = total;
		this.index = this.#bounded(index);
	}

	#bounded = (index: number) => Math.max(0, Math.min(index, this.total - 1));

	#speak(): SpeechCommand {
		if (this.total === 0) return NOTHING;
		this.status = 'playing';
		return { kind: 'speak', index: this.index };
	}

	/** Starts at `from`, or where the queue stands (the start again once it has finished). */
	play(from?: number): SpeechCommand {
		if (from !== undefined) this.index = this.#bounded(from);
		else if (this.status === 'finished') this.index = 0;
		return this.#speak();
	}

	pause(): SpeechCommand {
		if (this.status !== 'playing') return NOTHING;
		this.status = 'paused';
		return { kind: 'silence' };
	}

	resume(): SpeechCommand {
		return this.status === 'paused' ? this.#speak() : NOTHING;
	}

	/** Falls silent and goes back to the start. */
	stop(): SpeechCommand {
		const wasSpeaking = this.status === 'playing';
		this.status = 'idle';
		this.index = 0;
		return wasSpeaking ? { kind: 'silence' } : NOTHING;
	}

	/** Moves one chunk on or back; speaking goes on from there, a pause stays a pause there. */
	step(by: 1 | -1): SpeechCommand {
		const next = this.#bounded(this.index + by);
		if (next === this.index) return NOTHING;
		this.index = next;
		if (this.status === 'finished') this.status = 'paused';
		return this.status === 'playing' ? this.#speak() : NOTHING;
	}

	/** The engine finished chunk `index`: the next one, or the end. A stale chunk's end changes nothing. */
	spoken(index: number): SpeechCommand {
		if (this.status !== 'playing' || index !== this.index) return NOTHING;
		if (this.index + 1 >= this.total) {
			this.status = 'finished';
			return NOTHING;
		}
		this.index++;
		return this.#speak();
	}
}
