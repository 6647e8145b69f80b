import { describe, expect, it } from 'vitest';
import { normalizeTerm, queryTerms, termLine, tokensOf } from './text';

describe('search terms', () => {
	it('lower-cases and drops diacritics, so Xocalı and Qarabağ match their plain spellings', () => {
		expect(normalizeTerm('Xocalı')).toBe('xocali');
		expect(normalizeTerm('Qarabağ')).toBe('qarabag');
		expect(normalizeTerm('İlham')).toBe('ilham');
		expect(normalizeTerm('KHOJALY')).toBe('khojaly');
	});

	it('drops stop words and single characters, keeps numbers', () => {
		expect(normalizeTerm('The')).toBeNull();
		expect(normalizeTerm('s')).toBeNull();
		expect(normalizeTerm('1992')).toBe('1992');
	});

	it('splits words at hyphens, apostrophes and punctuation, with their positions', () => {
		expect(tokensOf('Nagorno-Karabakh’s war.')).toEqual([
			{ word: 'Nagorno', start: 0, end: 7 },
			{ word: 'Karabakh', start: 8, end: 16 },
			{ word: 's', start: 17, end: 18 },
			{ word: 'war', start: 19, end: 22 }
		]);
	});

	it('makes a query into its distinct terms and a text into a term line', () => {
		expect(queryTerms('The Lachin corridor, Lachin!')).toEqual(['lachin', 'corridor']);
		expect(queryTerms('the of a')).toEqual([]);
		expect(termLine('The Lachin corridor')).toBe(' lachin corridor ');
	});
});
