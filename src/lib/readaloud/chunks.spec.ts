import { describe, expect, it } from 'vitest';
import { MAX_CHUNK, splitIntoChunks } from './chunks';

const pieces = (text: string, max?: number) =>
	splitIntoChunks(text, 'en', max).map(({ start, end }) => text.slice(start, end));

describe('splitIntoChunks', () => {
	it('gives one piece per sentence, in order, without the spaces between', () => {
		expect(pieces('The town fell. Hundreds fled!  Who ordered it? Nobody said.')).toEqual([
			'The town fell.',
			'Hundreds fled!',
			'Who ordered it?',
			'Nobody said.'
		]);
	});

	it('cuts a sentence longer than the limit at a comma, and every piece stays within it', () => {
		const long =
			'Witnesses said that the column left at night, that it crossed the frozen fields under fire, ' +
			'that many were wounded or lost on the way, and that the exhausted survivors reached the next town only in the morning.';
		const result = pieces(long);
		expect(long.length).toBeGreaterThan(MAX_CHUNK);
		expect(result.length).toBeGreaterThan(1);
		expect(result.every((piece) => piece.length <= MAX_CHUNK)).toBe(true);
		expect(result[0]!.endsWith(',')).toBe(true);
		// nothing is lost or repeated
		expect(result.join(' ')).toBe(long);
	});

	it('cuts at a space where there is no comma, and hard where there is no space', () => {
		const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
		const byWords = pieces(words, 50);
		expect(byWords.every((piece) => piece.length <= 50 && !piece.startsWith(' '))).toBe(true);
		expect(byWords.join(' ')).toBe(words);
		expect(pieces('x'.repeat(120), 50)).toEqual(['x'.repeat(50), 'x'.repeat(50), 'x'.repeat(20)]);
	});

	it('gives nothing for a text of spaces', () => {
		expect(pieces('  \n ')).toEqual([]);
	});

	it('keeps each piece where it is in the text', () => {
		const text = '  First one.   Second one.';
		for (const { start, end } of splitIntoChunks(text, 'en')) {
			expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
		}
		expect(splitIntoChunks(text, 'en')[1]).toEqual({ start: 15, end: 26 });
	});
});
