import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveScheduler } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function scheduler(save = vi.fn(async () => {})) {
	const states: string[] = [];
	const autosave = new AutosaveScheduler<string>({
		save,
		delayMs: 400,
		onState: (s) => states.push(s)
	});
	return { autosave, save, states };
}

describe('AutosaveScheduler', () => {
	it('writes once, 400 ms after the last keystroke, with the latest text', async () => {
		const { autosave, save, states } = scheduler();
		autosave.schedule('q1', 'H');
		await vi.advanceTimersByTimeAsync(300);
		autosave.schedule('q1', 'He');
		await vi.advanceTimersByTimeAsync(300);
		autosave.schedule('q1', 'Hello');
		await vi.advanceTimersByTimeAsync(399);
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(save).toHaveBeenCalledExactlyOnceWith('q1', 'Hello');
		expect(states.at(-1)).toBe('saved');
		expect(autosave.pendingCount).toBe(0);
	});

	it('flush writes everything pending at once', async () => {
		const { autosave, save } = scheduler();
		autosave.schedule('q1', 'a');
		autosave.schedule('q2', 'b');
		await autosave.flush();
		expect(save).toHaveBeenCalledTimes(2);
		await vi.advanceTimersByTimeAsync(1000);
		expect(save).toHaveBeenCalledTimes(2);
	});

	it('keeps a value whose write failed, and writes it on the next flush', async () => {
		const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
		const { autosave, states } = scheduler(save);
		autosave.schedule('q1', 'precious');
		await vi.advanceTimersByTimeAsync(400);
		expect(states.at(-1)).toBe('failed');
		expect(autosave.pendingCount).toBe(1);
		await autosave.flush();
		expect(save).toHaveBeenLastCalledWith('q1', 'precious');
		expect(autosave.pendingCount).toBe(0);
	});

	it('does not drop a change typed while the previous write was in flight', async () => {
		let release: () => void = () => {};
		const save = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
		const { autosave } = scheduler(save);
		autosave.schedule('q1', 'first');
		await vi.advanceTimersByTimeAsync(400);
		autosave.schedule('q1', 'first and more');
		release();
		await vi.advanceTimersByTimeAsync(0);
		expect(autosave.pendingCount).toBe(1);
		await vi.advanceTimersByTimeAsync(400);
		release();
		await vi.advanceTimersByTimeAsync(0);
		expect(save).toHaveBeenLastCalledWith('q1', 'first and more');
		expect(autosave.pendingCount).toBe(0);
	});
});
