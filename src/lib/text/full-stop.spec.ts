import { describe, expect, it } from 'vitest';
import { oneFullStop, withFullStop } from './full-stop';

describe('withFullStop', () => {
	it('adds a full stop, but never a second one after a name that ends with one', () => {
		expect(withFullStop('Added Ana')).toBe('Added Ana.');
		expect(withFullStop('Added Ana P.')).toBe('Added Ana P.');
		expect(withFullStop('Really?')).toBe('Really?');
	});
});

describe('oneFullStop', () => {
	it('leaves one full stop after a name that ends with one', () => {
		expect(oneFullStop('Added Ana.')).toBe('Added Ana.');
		expect(oneFullStop('Added Ana P..')).toBe('Added Ana P.');
		expect(oneFullStop('Ավելացվեց՝ Ana P.։')).toBe('Ավելացվեց՝ Ana P.։');
	});
});
