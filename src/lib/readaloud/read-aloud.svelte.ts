import { ReadingQueue, type ReadingStatus, type SpeechCommand } from './reading-queue';
import { chunksOf, rangeOf, type Chunk } from './text-map';
import { keepInView } from './keep-in-view';
import { preferredVoice, voicesFor } from './voices';
import { deviceVoices } from './voice-list';
import { loadPlace, placeIn, placeMark, savePlace } from './place';

/** Whether this text can be read here: still looking, yes, or why not. */
export type Availability =
	'loading' | 'ready' | 'no-speech' | 'no-voice' | 'no-voice-offline' | 'empty';

const SENTENCE = 'readaloud-sentence';
const WORD = 'readaloud-word';

const highlights = () =>
	typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;

/**
 * Reads one text aloud: its shown words in its language, one sentence (at most 200 characters)
 * per utterance, the sentence and word being read highlighted without touching the text's DOM,
 * the place heard kept per profile.
 */
export class ReadAloud {
	status = $state<ReadingStatus>('idle');
	index = $state(0);
	total = $state(0);
	availability = $state<Availability>('loading');
	voices = $state.raw<SpeechSynthesisVoice[]>([]);
	voiceName = $state('');
	rate = $state(1);
	/** The sentence this profile last heard here, offered to continue from. */
	offeredPlace = $state<number>();

	readonly #root: Element;
	readonly #lang: string;
	readonly #placeKey: string;
	readonly #profileId: string;
	readonly #synth: SpeechSynthesis | undefined;
	/** The control itself, which the sentence must not be scrolled under. */
	cover: Element | undefined;
	#chunks: Chunk[] = [];
	#queue = new ReadingQueue(0);
	// each utterance's events count only while it is the latest one spoken
	#generation = 0;
	// held so Chrome does not collect a speaking utterance and drop its `end`
	#utterance: SpeechSynthesisUtterance | undefined;
	#stopListening = () => {};

	constructor(options: { root: Element; lang: string; placeKey: string; profileId: string }) {
		this.#root = options.root;
		this.#lang = options.lang;
		this.#placeKey = options.placeKey;
		this.#profileId = options.profileId;
		this.#synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
	}

	/** Finds the text's sentences, the voices for its language and the place last heard. */
	async start(): Promise<void> {
		if (!this.#synth) {
			this.availability = 'no-speech';
			return;
		}
		this.#chunks = chunksOf(this.#root, this.#lang);
		this.total = this.#chunks.length;
		this.#queue = new ReadingQueue(this.total);
		const synth = this.#synth;
		const refresh = () => this.#offerVoices(synth.getVoices());
		synth.addEventListener('voiceschanged', refresh);
		addEventListener('online', refresh);
		addEventListener('offline', refresh);
		this.#stopListening = () => {
			synth.removeEventListener('voiceschanged', refresh);
			removeEventListener('online', refresh);
			removeEventListener('offline', refresh);
		};
		const [voices, place] = await Promise.all([
			deviceVoices(synth),
			loadPlace(this.#profileId, this.#placeKey).catch(() => undefined)
		]);
		this.#offerVoices(voices);
		this.offeredPlace = placeIn(
			this.#chunks.map((chunk) => placeMark(chunk.text)),
			place
		);
	}

	#offerVoices(all: SpeechSynthesisVoice[]): void {
		const online = navigator.onLine !== false;
		this.voices = voicesFor(all, this.#lang, online);
		this.voiceName = preferredVoice(this.voices, this.voiceName)?.name ?? '';
		if (this.total === 0) this.availability = 'empty';
		else if (this.voices.length) this.availability = 'ready';
		else
			this.availability =
				!online && voicesFor(all, this.#lang, true).length ? 'no-voice-offline' : 'no-voice';
		if (this.availability !== 'ready' && this.status === 'playing') this.#run(this.#queue.pause());
	}

	play(from?: number): void {
		this.offeredPlace = undefined;
		this.#run(this.#queue.play(from));
	}
	pause(): void {
		this.#run(this.#queue.pause());
	}
	resume(): void {
		this.#run(this.#queue.resume());
	}
	stop(): void {
		this.#run(this.#queue.stop());
		this.#clearHighlights();
	}
	next(): void {
		this.#run(this.#queue.step(1));
	}
	previous(): void {
		this.#run(this.#queue.step(-1));
	}

	/** A new speed or voice takes effect from the start of the sentence being read. */
	setRate(rate: number): void {
		this.rate = rate;
		this.#restartSentence();
	}
	setVoice(name: string): void {
		this.voiceName = name;
		this.#restartSentence();
	}
	#restartSentence(): void {
		if (this.status === 'playing') this.#run({ kind: 'speak', index: this.#queue.index });
	}

	/** Falls silent and takes the highlights away (the control closed, the page left). */
	destroy(): void {
		this.#generation++;
		this.#stopListening();
		if (this.#utterance && this.status === 'playing') this.#synth?.cancel();
		this.#utterance = undefined;
		this.#clearHighlights();
	}

	#run(command: SpeechCommand): void {
		this.status = this.#queue.status;
		this.index = this.#queue.index;
		if (command.kind === 'silence') {
			this.#generation++;
			this.#synth?.cancel();
		} else if (command.kind === 'speak') {
			this.#speak(command.index);
		} else if (this.status !== 'playing') {
			// moved while paused: show where reading will go on
			this.#highlight(this.#chunks[this.index]);
		}
	}

	#speak(index: number): void {
		const synth = this.#synth;
		const chunk = this.#chunks[index];
		const voice = this.voices.find((v) => v.name === this.voiceName);
		if (!synth || !chunk || !voice) {
			this.#queue.pause();
			this.status = this.#queue.status;
			return;
		}
		const generation = ++this.#generation;
		synth.cancel();
		const utterance = new SpeechSynthesisUtterance(chunk.text);
		utterance.lang = chunk.lang;
		utterance.voice = voice;
		utterance.rate = this.rate;
		const current = () => generation === this.#generation;
		utterance.onstart = () => {
			if (!current()) return;
			this.#highlight(chunk);
			savePlace(this.#profileId, this.#placeKey, { index, start: placeMark(chunk.text) }).catch(
				() => {}
			);
		};
		utterance.onboundary = (event) => {
			if (current() && event.name !== 'sentence') this.#highlightWord(chunk, event);
		};
		utterance.onend = () => {
			if (current()) this.#run(this.#queue.spoken(index));
		};
		utterance.onerror = () => {
			// silenced by another text's reading, or the engine failed: pause there, so Resume
			// speaks this sentence again (our own silencing made this utterance stale already)
			if (current()) this.#run(this.#queue.pause());
		};
		this.#utterance = utterance;
		synth.speak(utterance);
		this.#highlight(chunk);
	}

	#highlight(chunk: Chunk | undefined): void {
		const registry = highlights();
		registry?.delete(WORD);
		const range = chunk && rangeOf(chunk.block, chunk.start, chunk.end);
		if (!registry || !range) return;
		registry.set(SENTENCE, new Highlight(range));
		keepInView(range, chunk.block, this.cover);
	}

	#highlightWord(chunk: Chunk, event: SpeechSynthesisEvent): void {
		const registry = highlights();
		const from = event.charIndex;
		const length = event.charLength || (/^\S+/.exec(chunk.text.slice(from))?.[0].length ?? 0);
		const range = rangeOf(chunk.block, chunk.start + from, chunk.start + from + length);
		if (registry && range && length > 0) registry.set(WORD, new Highlight(range));
	}

	#clearHighlights(): void {
		highlights()?.delete(SENTENCE);
		highlights()?.delete(WORD);
	}
}
