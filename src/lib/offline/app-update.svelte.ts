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
		// loaded on demand: registration is not needed for the first paint
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(url);
		this.#workbox = workbox;
		workbox.addEventListener('installed', (event) => {
			if (!event.isUpdate) this.#status = 'ready-offline';
		});
		workbox.addEventListener('waiting', () => (this.#status = 'update-available'));
		// reload only after a takeover this tab asked for; never reload under the user otherwise
		workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate && this.#status === 'updating') window.location.reload();
		});
		await workbox.register();
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

	reset(): void {
		this.#status = 'idle';
		this.#workbox = undefined;
	}
}

export const appUpdate = new AppUpdateManager();
