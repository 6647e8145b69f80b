import { describe, expect, it } from 'vitest';
import { levelForGrade, readingStats, syllables, words } from './stats';
import { normalizeForMatch } from '../content/normalize';

describe('reading statistics', () => {
	it('counts words, including contractions and hyphenated words as one', () => {
		expect(words("Don’t over-react: it's 30,000 people.")).toEqual([
			'Don’t',
			'over-react',
			"it's",
			'30',
			'000',
			'people'
		]);
	});

	it('counts syllables well enough for a grade', () => {
		expect(syllables('cat')).toBe(1);
		expect(syllables('table')).toBe(2);
		expect(syllables('investigation')).toBe(5);
	});

	it('gives easy text a lower grade than hard text', () => {
		const easy = readingStats(['The cat sat on the mat. The dog ran to the cat.']);
		const hard = readingStats([
			'International humanitarian organisations systematically documented extrajudicial executions, notwithstanding governmental obstruction of independent investigations.'
		]);
		expect(easy.grade).toBeLessThan(3);
		expect(hard.grade).toBeGreaterThan(14);
		expect(easy.words).toBe(12);
		expect(easy.minutes).toBe(1);
	});

	it('estimates minutes at about 200 words a minute', () => {
		expect(readingStats([Array(1000).fill('word').join(' ') + '.']).minutes).toBe(5);
	});

	it('maps grades to levels', () => {
		expect(levelForGrade(8)).toBe('Grades 7–8');
		expect(levelForGrade(10.5)).toBe('Grades 9–10');
	});
});

describe('normalizeForMatch', () => {
	it('treats typographic quotes, dashes and whitespace as their plain forms', () => {
		expect(normalizeForMatch('“Stop!  Don’t shoot!” —\n then')).toBe(`"Stop! Don't shoot!" - then`);
	});
});
