// how often to try the library again while it cannot be reached
const RETRY_MS = 60_000;

/**
 * Whether the library's host can be reached, which is what matters to a student: can new lessons
 * be fetched? The browser's online flag says only that some network is up; a failed catalog fetch
 * (reported by the sync) says the library itself is out of reach.
 */
class Connectivity {
	#networkUp = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	#libraryUp = $state(true);

	get online() {
		return this.#networkUp && this.#libraryUp;
	}

	/** Called after each sync: did the catalog fetch reach the library? */
	report(reached: boolean): void {
		this.#libraryUp = reached;
	}

	/** Starts listening; returns the cleanup. `check` runs when the network returns, and retries. */
	watch(check: () => void): () => void {
		const up = () => {
			this.#networkUp = true;
			check();
		};
		const down = () => (this.#networkUp = false);
		this.#networkUp = navigator.onLine;
		window.addEventListener('online', up);
		window.addEventListener('offline', down);
		const retry = setInterval(() => {
			if (this.#networkUp && !this.#libraryUp) check();
		}, RETRY_MS);
		return () => {
			window.removeEventListener('online', up);
			window.removeEventListener('offline', down);
			clearInterval(retry);
		};
	}
}

export const connectivity = new Connectivity();
