import { describe, expect, it } from 'vitest';
import { checkQuote } from './quote-check';

const ORIGINAL = `The column was stopped near the corridor on 5 March. Three police officers were killed, the ministry said.

Witnesses told reporters that “the shooting lasted about ten minutes” — a figure no one else confirmed.`;

describe('checkQuote', () => {
	it('finds a quote as the build does: spaces, typographic quotes and dashes do not matter', () => {
		expect(checkQuote('Three police officers were killed, the ministry said.', ORIGINAL)).toEqual({
			state: 'exact'
		});
		expect(checkQuote('"the shooting lasted about ten minutes" - a figure', ORIGINAL).state).toBe(
			'exact'
		);
		expect(checkQuote('stopped   near\nthe corridor', ORIGINAL).state).toBe('exact');
	});

	it('shows what differs in a near quote, and never calls it exact', () => {
		const check = checkQuote('Four police officers were killed, the ministry said.', ORIGINAL);
		expect(check.state).toBe('near');
		if (check.state !== 'near') return;
		expect(check.passage).toBe('Three police officers were killed, the ministry said.');
		expect(check.diff).toEqual([
			{ text: 'Four', change: 'quote-only' },
			{ text: 'Three', change: 'original-only' },
			{ text: 'police officers were killed, the ministry said.', change: 'same' }
		]);
	});

	it('says a quote is not there when no passage is close', () => {
		expect(checkQuote('Both sides agreed to a ceasefire at dawn.', ORIGINAL).state).toBe(
			'not-found'
		);
		expect(checkQuote('   ', ORIGINAL).state).toBe('empty');
	});

	it('takes a word left out or added as near, with the word shown', () => {
		const check = checkQuote('Three officers were killed, the ministry said.', ORIGINAL);
		expect(check.state).toBe('near');
		if (check.state === 'near') {
			expect(check.diff).toContainEqual({ text: 'police', change: 'original-only' });
		}
	});
});
