import { describe, expect, it } from 'vitest';
import { tabIndexForKey } from './tab-keys';

describe('tabIndexForKey', () => {
	it('steps with the arrows and wraps around at both ends', () => {
		expect(tabIndexForKey('ArrowRight', 0, 3)).toBe(1);
		expect(tabIndexForKey('ArrowRight', 2, 3)).toBe(0);
		expect(tabIndexForKey('ArrowLeft', 0, 3)).toBe(2);
		expect(tabIndexForKey('ArrowLeft', 2, 3)).toBe(1);
	});

	it('jumps to the ends with Home and End', () => {
		expect(tabIndexForKey('Home', 2, 4)).toBe(0);
		expect(tabIndexForKey('End', 0, 4)).toBe(3);
	});

	it('leaves every other key alone', () => {
		expect(tabIndexForKey('Enter', 1, 3)).toBeUndefined();
		expect(tabIndexForKey('ArrowDown', 1, 3)).toBeUndefined();
	});
});
