import type { Workbox } from 'workbox-window';
import { flushBeforeReload } from './before-reload';

export type UpdateStatus =
	'unsupported' | 'idle' | 'ready-offline' | 'update-available' | 'updating';

/**
 * The service worker's life as the user sees it: "ready to work offline" after the first
 * install; "update available" when a new version waits. The new version takes over only when
 * the user chooses to reload, after pending work is saved.
 */
class AppUpdateManager {
	#status = $state<UpdateStatus>('idle');
	#workbox: Workbox | undefined;

	get status() {
		return this.#status;
	}

	async register(url = '/service-worker.js'): Promise<void> {
		if (!('serviceWorker' in navigator)) {
			this.#status = 'unsupported';
			return;
		}
		const container = navigator.serviceWorker;
		const firstInstall = !container.controller;
		const registration = await container.register(url);
		// first install: say so once the app's files are stored
		if (firstInstall)
			whenInstalled(registration.installing, () => (this.#status = 'ready-offline'));
		// a new version installed while this one runs: hand over to workbox-window, which offers it
		const offer = (worker: ServiceWorker | null) => {
			if (container.controller) whenInstalled(worker, () => void this.#offerUpdate(url));
		};
		offer(registration.waiting);
		registration.addEventListener('updatefound', () => offer(registration.installing));
	}

	// workbox-window loads only when there is an update: a first visit never needs its code
	async #offerUpdate(url: string): Promise<void> {
		if (this.#workbox) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(url);
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => (this.#status = 'update-available'));
		// reload only after a takeover this tab asked for; never reload under the user otherwise
		workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate && this.#status === 'updating') window.location.reload();
		});
		await workbox.register({ immediate: true });
	}

	/** Saves pending work, then lets the waiting version take over (the page reloads). */
	async applyUpdate(): Promise<void> {
		if (!this.#workbox) return;
		this.#status = 'updating';
		await flushBeforeReload();
		this.#workbox.messageSkipWaiting();
	}

	dismiss(): void {
		if (this.#status === 'ready-offline') this.#status = 'idle';
	}
}

/** Runs `then` once `worker` has finished installing (at once if it already has). */
function whenInstalled(worker: ServiceWorker | null, then: () => void): void {
	if (!worker) return;
	const done = () => worker.state === 'installed' || worker.state === 'activated';
	if (done()) return then();
	const onChange = () => {
		if (!done()) return;
		worker.removeEventListener('statechange', onChange);
		then();
	};
	worker.addEventListener('statechange', onChange);
}

export const appUpdate = new AppUpdateManager();
