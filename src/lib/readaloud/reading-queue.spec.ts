import { describe, expect, it } from 'vitest';
import { ReadingQueue } from './reading-queue';

describe('ReadingQueue', () => {
	it('speaks each chunk after the one before, then finishes', () => {
		const queue = new ReadingQueue(3);
		expect(queue.play()).toEqual({ kind: 'speak', index: 0 });
		expect(queue.spoken(0)).toEqual({ kind: 'speak', index: 1 });
		expect(queue.spoken(1)).toEqual({ kind: 'speak', index: 2 });
		expect(queue.spoken(2)).toEqual({ kind: 'none' });
		expect(queue.status).toBe('finished');
		// Play again starts over
		expect(queue.play()).toEqual({ kind: 'speak', index: 0 });
	});

	it('pauses by falling silent and resumes by speaking the same chunk again', () => {
		const queue = new ReadingQueue(5);
		queue.play();
		queue.spoken(0);
		expect(queue.pause()).toEqual({ kind: 'silence' });
		expect(queue.status).toBe('paused');
		// the end of the silenced chunk moves nothing on
		expect(queue.spoken(1)).toEqual({ kind: 'none' });
		expect(queue.resume()).toEqual({ kind: 'speak', index: 1 });
		expect(queue.pause()).toEqual({ kind: 'silence' });
		expect(queue.pause()).toEqual({ kind: 'none' });
	});

	it('moves on and back while speaking, and only moves while paused', () => {
		const queue = new ReadingQueue(4);
		queue.play();
		expect(queue.step(1)).toEqual({ kind: 'speak', index: 1 });
		// a stale end of the chunk left behind changes nothing
		expect(queue.spoken(0)).toEqual({ kind: 'none' });
		expect(queue.step(-1)).toEqual({ kind: 'speak', index: 0 });
		expect(queue.step(-1)).toEqual({ kind: 'none' });
		queue.pause();
		expect(queue.step(1)).toEqual({ kind: 'none' });
		expect(queue.index).toBe(1);
		expect(queue.status).toBe('paused');
		expect(queue.resume()).toEqual({ kind: 'speak', index: 1 });
	});

	it('stops and goes back to the start; plays from a given place', () => {
		const queue = new ReadingQueue(4);
		queue.play(2);
		expect(queue.index).toBe(2);
		expect(queue.stop()).toEqual({ kind: 'silence' });
		expect(queue.index).toBe(0);
		expect(queue.stop()).toEqual({ kind: 'none' });
		expect(queue.play(99)).toEqual({ kind: 'speak', index: 3 });
	});

	it('has nothing to speak in an empty text', () => {
		const queue = new ReadingQueue(0);
		expect(queue.play()).toEqual({ kind: 'none' });
		expect(queue.status).toBe('idle');
	});
});
