import { storageErrorText } from '$lib/i18n/storage-error';
import { getAbortSignal } from 'svelte';

export type Loaded<T> = {
	/** The last answer of the current load; undefined until it arrives. */
	readonly current: T | undefined;
	readonly loading: boolean;
	/** Words a student or teacher can act on, never `String(error)`. */
	readonly error: string | undefined;
};

/**
 * A load that runs again whenever the reactive values it reads before its first `await` change
 * (a route parameter, the current profile). A newer load aborts the one before it, and an
 * aborted load's answer or failure is dropped: a slow earlier answer never overwrites a newer one.
 * Call during component setup (it owns an effect). `load` may pass the signal on to `fetch`.
 */
export function oneShot<T>(load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
	let current = $state.raw<T | undefined>(undefined);
	let loading = $state(true);
	let error = $state<string | undefined>(undefined);

	$effect(() => {
		const signal = getAbortSignal();
		loading = true;
		error = undefined;
		let pending: Promise<T>;
		try {
			pending = load(signal);
		} catch (cause) {
			pending = Promise.reject(cause);
		}
		pending.then(
			(value) => {
				if (signal.aborted) return;
				current = value;
				loading = false;
			},
			(cause: unknown) => {
				if (signal.aborted) return;
				error = storageErrorText(cause);
				loading = false;
			}
		);
	});

	return {
		get current() {
			return current;
		},
		get loading() {
			return loading;
		},
		get error() {
			return error;
		}
	};
}
