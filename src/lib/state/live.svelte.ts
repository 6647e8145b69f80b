import { liveQuery } from '$lib/db';

export type LiveState<T> = {
	readonly current: T | undefined;
	readonly isLoading: boolean;
	readonly error: unknown;
};

/**
 * A live query ($lib/db) as Svelte 5 state: `current` updates whenever the data the query read changes,
 * in this tab or another. Call during component setup. The reactive values the query depends on
 * (the current profile, a route parameter) go in `inputs`: the query starts a tick later,
 * outside the effect, where Svelte would not see what it reads.
 */
export function liveState<T>(query: () => Promise<T>, inputs?: () => unknown): LiveState<T> {
	// raw: each answer is a fresh value, replaced whole; a deep proxy over thousands of catalog rows
	// would slow every read of them
	let current = $state.raw<T | undefined>(undefined);
	let isLoading = $state(true);
	let error = $state<unknown>(undefined);
	$effect(() => {
		inputs?.();
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
