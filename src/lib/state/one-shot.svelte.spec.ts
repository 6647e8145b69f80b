import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { oneShot } from './one-shot.svelte';

type Deferred<T> = {
	promise: Promise<T>;
	resolve: (value: T) => void;
	reject: (e: unknown) => void;
};
function deferred<T>(): Deferred<T> {
	let resolve!: (value: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('oneShot', () => {
	it('keeps the newest load when an older one answers later', async () => {
		let id = $state('a');
		const pending = new Map<string, Deferred<string>>();
		const signals = new Map<string, AbortSignal>();
		let loaded!: ReturnType<typeof oneShot<string>>;
		const stop = $effect.root(() => {
			loaded = oneShot((signal) => {
				const d = deferred<string>();
				pending.set(id, d);
				signals.set(id, signal);
				return d.promise;
			});
		});
		flushSync();
		id = 'b';
		flushSync();
		expect(signals.get('a')?.aborted).toBe(true);
		pending.get('b')!.resolve('answer for b');
		await settle();
		pending.get('a')!.resolve('late answer for a');
		await settle();
		expect(loaded.current).toBe('answer for b');
		expect(loaded.loading).toBe(false);
		stop();
	});

	it('words a storage failure and never shows String(error)', async () => {
		let loaded!: ReturnType<typeof oneShot<string>>;
		const stop = $effect.root(() => {
			loaded = oneShot(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')));
		});
		flushSync();
		await settle();
		expect(loaded.error).toMatch(/out of storage space/);
		expect(loaded.current).toBeUndefined();
		stop();
	});
});
