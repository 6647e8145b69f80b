import { liveQuery } from 'dexie';

export type LiveState<T> = {
	readonly current: T | undefined;
	readonly isLoading: boolean;
	readonly error: unknown;
};

/**
 * A Dexie liveQuery as Svelte 5 state: `current` updates whenever the data the query read changes,
 * in this tab or another. Call during component setup; reactive values read before the query's
 * first `await` re-run it when they change.
 */
export function liveState<T>(query: () => Promise<T>): LiveState<T> {
	let current = $state<T | undefined>(undefined);
	let isLoading = $state(true);
	let error = $state<unknown>(undefined);
	$effect(() => {
		const subscription = liveQuery(query).subscribe({
			next: (value) => {
				current = value;
				isLoading = false;
				error = undefined;
			},
			error: (cause: unknown) => {
				error = cause;
				isLoading = false;
			}
		});
		return () => subscription.unsubscribe();
	});
	return {
		get current() {
			return current;
		},
		get isLoading() {
			return isLoading;
		},
		get error() {
			return error;
		}
	};
}
