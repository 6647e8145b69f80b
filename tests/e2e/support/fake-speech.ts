import type { Page } from '@playwright/test';

/** A voice the scripted `speechSynthesis` offers. */
export type FakeVoice = { name: string; lang: string; localService: boolean; default: boolean };

/** One utterance the page asked for, as it asked for it. */
export type Spoken = { text: string; lang: string; voice: string | undefined; rate: number };

/**
 * Replaces `speechSynthesis` with a scripted one before the page runs: it records every
 * utterance, and fires `start` and one `boundary` per word asynchronously; `end` comes when the
 * test says (`finishUtterance`) or, with `autoEnd`, by itself. Its voices arrive after a moment
 * through `voiceschanged`, as Chrome's do; `cancel()` ends the utterance with `interrupted`.
 */
export async function installFakeSpeech(page: Page, voices: FakeVoice[]): Promise<void> {
	await page.addInitScript((offered: FakeVoice[]) => {
		type Utterance = EventTarget & Record<string, unknown> & { text: string };
		const fire = (target: Utterance, type: string, extra: Record<string, unknown> = {}) => {
			const event = Object.assign(new Event(type), extra);
			const handler = target[`on${type}`];
			if (typeof handler === 'function') handler.call(target, event);
		};
		class FakeUtterance extends EventTarget {
			text: string;
			lang = '';
			voice: FakeVoice | null = null;
			rate = 1;
			pitch = 1;
			volume = 1;
			constructor(text = '') {
				super();
				this.text = text;
			}
		}
		const state = {
			spoken: [] as { text: string; lang: string; voice: string | undefined; rate: number }[],
			cancels: 0,
			autoEnd: false,
			voices: [] as FakeVoice[],
			current: null as Utterance | null,
			queue: [] as Utterance[]
		};
		class FakeSynthesis extends EventTarget {
			onvoiceschanged: unknown = null;
			get speaking() {
				return state.current !== null;
			}
			get pending() {
				return state.queue.length > 0;
			}
			get paused() {
				return false;
			}
			getVoices() {
				return state.voices.slice();
			}
			speak(utterance: Utterance) {
				const voice = utterance.voice as FakeVoice | null;
				state.spoken.push({
					text: utterance.text,
					lang: utterance.lang as string,
					voice: voice?.name,
					rate: utterance.rate as number
				});
				state.queue.push(utterance);
				if (!state.current) setTimeout(next, 5);
			}
			cancel() {
				state.cancels++;
				state.queue = [];
				const was = state.current;
				state.current = null;
				if (was) setTimeout(() => fire(was, 'error', { error: 'interrupted' }), 1);
			}
			pause() {}
			resume() {}
		}
		function next() {
			if (state.current) return;
			const utterance = state.queue.shift();
			if (!utterance) return;
			state.current = utterance;
			fire(utterance, 'start', { charIndex: 0 });
			const first = /\S+/.exec(utterance.text);
			if (first)
				fire(utterance, 'boundary', { name: 'word', charIndex: first.index, charLength: 0 });
			if (state.autoEnd) setTimeout(() => finish(utterance), 5);
		}
		function finish(utterance = state.current) {
			if (!utterance || state.current !== utterance) return false;
			state.current = null;
			fire(utterance, 'end');
			setTimeout(next, 1);
			return true;
		}
		const synthesis = new FakeSynthesis();
		Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true
		});
		Object.assign(window, {
			fakeSpeech: {
				state,
				finish: () => finish(),
				setAutoEnd: (on: boolean) => {
					state.autoEnd = on;
					if (on && state.current) finish();
				}
			}
		});
		// the voices arrive late, as Chrome's do
		setTimeout(() => {
			state.voices = offered;
			synthesis.dispatchEvent(new Event('voiceschanged'));
		}, 50);
	}, voices);
}

type FakeSpeechWindow = {
	fakeSpeech: {
		state: { spoken: Spoken[]; cancels: number; current: unknown };
		finish: () => boolean;
		setAutoEnd: (on: boolean) => void;
	};
};

/** Every utterance the page asked for so far. */
export const spokenSoFar = (page: Page) =>
	page.evaluate(() => (window as unknown as FakeSpeechWindow).fakeSpeech.state.spoken);

/** Ends the utterance being spoken now, as the voice reaching its end would. */
export const finishUtterance = (page: Page) =>
	page.evaluate(() => (window as unknown as FakeSpeechWindow).fakeSpeech.finish());

/** Lets every utterance end by itself a moment after it starts. */
export const endUtterancesByThemselves = (page: Page) =>
	page.evaluate(() => (window as unknown as FakeSpeechWindow).fakeSpeech.setAutoEnd(true));

/** The text of a named CSS highlight, as the page draws it. */
export const highlighted = (page: Page, name: string) =>
	page.evaluate((name) => {
		const highlight = CSS.highlights.get(name);
		return highlight ? [...highlight].map((range) => range.toString()).join('') : undefined;
	}, name);
