import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveScheduler } from './save-scheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('saving in batches', () => {
	it('saves once after a quiet second, however many changes came before', async () => {
		const save = vi.fn(() => Promise.resolve());
		const scheduler = new SaveScheduler(save, () => {}, 1000, 10_000);
		for (let i = 0; i < 50; i++) {
			scheduler.markDirty();
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1000);
		expect(save).toHaveBeenCalledTimes(1);
	});

	it('saves at least every ten seconds during steady changes', async () => {
		const save = vi.fn(() => Promise.resolve());
		const scheduler = new SaveScheduler(save, () => {}, 1000, 10_000);
		for (let i = 0; i < 250; i++) {
			scheduler.markDirty();
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(save).toHaveBeenCalledTimes(2);
	});

	it('saves at once on flush, and not at all when nothing changed', async () => {
		const save = vi.fn(() => Promise.resolve());
		const scheduler = new SaveScheduler(save, () => {});
		await scheduler.flush();
		expect(save).not.toHaveBeenCalled();
		scheduler.markDirty();
		await scheduler.flush();
		expect(save).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(20_000);
		expect(save).toHaveBeenCalledTimes(1);
	});

	it('reports a failed save instead of throwing', async () => {
		const onError = vi.fn();
		const scheduler = new SaveScheduler(() => Promise.reject(new Error('disk')), onError);
		scheduler.markDirty();
		await scheduler.flush();
		expect(onError).toHaveBeenCalledWith(new Error('disk'));
	});
});
