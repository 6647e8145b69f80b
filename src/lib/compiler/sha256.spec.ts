import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256';

const reference = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256 (synchronous, for the compiler in Node and the browser)', () => {
	it('gives the standard digests', () => {
		expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('agrees with Node for texts around every block boundary and outside ASCII', () => {
		for (let length = 0; length < 200; length++) {
			const text = 'Xocalı Խոջալու Ходжалы “—” '.repeat(8).slice(0, length);
			expect(sha256(text)).toBe(reference(text));
		}
		const long = 'The ceasefire held for a day. '.repeat(5000);
		expect(sha256(long)).toBe(reference(long));
	});
});
