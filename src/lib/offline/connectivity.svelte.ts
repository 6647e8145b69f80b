/** Whether the browser believes it is online; updated by the online/offline events. */
class Connectivity {
	#online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

	get online() {
		return this.#online;
	}

	/** Starts listening; returns the cleanup. `onReconnect` runs each time the network returns. */
	watch(onReconnect: () => void): () => void {
		const up = () => {
			this.#online = true;
			onReconnect();
		};
		const down = () => (this.#online = false);
		this.#online = navigator.onLine;
		window.addEventListener('online', up);
		window.addEventListener('offline', down);
		return () => {
			window.removeEventListener('online', up);
			window.removeEventListener('offline', down);
		};
	}
}

export const connectivity = new Connectivity();
