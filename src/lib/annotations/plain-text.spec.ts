import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '$lib/content/normalize';
import { plainText, realRange } from './plain-text';

describe('plainText', () => {
	it('compares as normalizeForMatch does (but for trimming)', () => {
		const real = '  “Quoted”\u00a0text — with  its\tdashes… and it’s cafe\u0301\u200b.  ';
		const plain = plainText(real);
		expect(plain.text.trim()).toBe(normalizeForMatch(real));
		expect(plain.text).toBe(' "Quoted" text - with its dashes... and it\'s café. ');
	});

	it('gives every plain character the real characters it came from', () => {
		const real = 'He said “wait…”  then  cafe\u0301 left.';
		const plain = plainText(real);
		const at = (word: string) => {
			const start = plain.text.indexOf(word);
			return real.slice(...realRange(plain, start, start + word.length));
		};
		expect(at('"wait..."')).toBe('“wait…”');
		expect(at('wait.')).toBe('wait…');
		expect(at('then café')).toBe('then  cafe\u0301');
		expect(at('left.')).toBe('left.');
		expect(plain.from).toHaveLength(plain.text.length);
	});
});
