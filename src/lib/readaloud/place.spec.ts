import { describe, expect, it } from 'vitest';
import { placeIn } from './place';

describe('placeIn', () => {
	const marks = ['The town fell.', 'Hundreds fled.', 'Who ordered it?'];
	it('continues at the kept sentence while the text is unchanged', () => {
		expect(placeIn(marks, { index: 2, start: 'Who ordered it?' })).toBe(2);
	});
	it('finds the sentence where an update moved it, and gives up where it is gone', () => {
		expect(placeIn(['New first.', ...marks], { index: 2, start: 'Who ordered it?' })).toBe(3);
		expect(placeIn(marks, { index: 1, start: 'Gone.' })).toBeUndefined();
	});
	it('offers nothing at the start or with nothing kept', () => {
		expect(placeIn(marks, { index: 0, start: 'The town fell.' })).toBeUndefined();
		expect(placeIn(marks, undefined)).toBeUndefined();
	});
});
