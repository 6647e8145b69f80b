/** What read-aloud needs of a `SpeechSynthesisVoice`, so the choice is testable without one. */
export type VoiceLike = { name: string; lang: string; localService: boolean; default: boolean };

/** The primary language subtag, lower case: `en-GB` → `en`, `hy` → `hy`. */
export const primaryLanguage = (tag: string) => tag.trim().split(/[-_]/)[0]!.toLowerCase();

/**
 * The voices that may read a text in `lang`: only those of its language (never an English voice
 * for Armenian), and offline only those that run on the device.
 */
export function voicesFor<V extends VoiceLike>(
	voices: readonly V[],
	lang: string,
	online: boolean
): V[] {
	const wanted = primaryLanguage(lang);
	if (!wanted) return [];
	return voices.filter(
		(voice) => primaryLanguage(voice.lang) === wanted && (online || voice.localService)
	);
}

/**
 * The voice to start with: the one chosen before if it is still offered, else the device's
 * default, else a local one (it keeps working when the network goes), else the first.
 */
export function preferredVoice<V extends VoiceLike>(
	offered: readonly V[],
	chosenName?: string
): V | undefined {
	return (
		offered.find((voice) => voice.name === chosenName) ??
		offered.find((voice) => voice.default) ??
		offered.find((voice) => voice.localService) ??
		offered[0]
	);
}

/** The speeds offered, slowest first. */
export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;
