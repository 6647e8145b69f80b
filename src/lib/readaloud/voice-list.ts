/**
 * The device's voices: at once when the browser has them, else after `voiceschanged` (Chrome
 * loads them late, and a device with none never sends it: then an empty list after a while).
 */
export function deviceVoices(synth: SpeechSynthesis, wait = 1500): Promise<SpeechSynthesisVoice[]> {
	const now = synth.getVoices();
	if (now.length) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			synth.removeEventListener('voiceschanged', done);
			resolve(synth.getVoices());
		};
		const timer = setTimeout(done, wait);
		synth.addEventListener('voiceschanged', done);
	});
}
