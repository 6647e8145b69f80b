import { describe, expect, it } from 'vitest';
import { describeAnswer, rightAnswer, shorten } from './answer-text';
import { lesson } from './review-fixtures';

const [talk, why, when, cost, tone] = lesson.questions;

describe('describeAnswer', () => {
	it('is empty without an answer, or with only spaces', () => {
		expect(describeAnswer(talk, undefined)).toBe('');
		expect(describeAnswer(undefined, undefined)).toBe('');
		expect(describeAnswer(why, { kind: 'text', text: '  \n ' })).toBe('');
	});

	it('gives text answers as written', () => {
		expect(describeAnswer(talk, { kind: 'text', text: 'Who pays?\n  And when?' })).toBe(
			'Who pays?\n  And when?'
		);
		expect(describeAnswer(undefined, { kind: 'text', text: 'x' })).toBe('x');
	});

	it('gives the chosen option’s text, and the first try when it differs', () => {
		expect(describeAnswer(when, { kind: 'choice', choice: 1, firstChoice: 1, attempts: 1 })).toBe(
			'Tuesday'
		);
		expect(describeAnswer(when, { kind: 'choice', choice: 1, firstChoice: 2, attempts: 2 })).toBe(
			'Tuesday (first try: Friday)'
		);
		// without the question, or with an option it does not have: its number
		expect(
			describeAnswer(undefined, { kind: 'choice', choice: 0, firstChoice: 2, attempts: 2 })
		).toBe('option 1 (first try: option 3)');
		expect(describeAnswer(when, { kind: 'choice', choice: 7, firstChoice: 7, attempts: 1 })).toBe(
			'option 8'
		);
	});

	it('names the chosen paragraph, quoting it when its words are known', () => {
		const wrong = { kind: 'evidence', blockId: 'p-5', firstBlockId: 'p-5', attempts: 1 } as const;
		expect(describeAnswer(cost, wrong)).toBe('paragraph p-5');
		// the right paragraph's words come with the question
		expect(describeAnswer(cost, { ...wrong, blockId: 'p-3', attempts: 2 })).toBe(
			'“The new bridge will cost four million.” (first try: paragraph p-5)'
		);
		const long = 'word '.repeat(60);
		const lookup = (source: string, block: string) =>
			source === 'herald' && block === 'p-5' ? long : undefined;
		const quoted = describeAnswer(cost, wrong, lookup);
		expect(quoted.startsWith('“word word')).toBe(true);
		expect(quoted.endsWith('…”')).toBe(true);
		expect(quoted.length).toBeLessThanOrEqual(123);
		expect(describeAnswer(undefined, wrong, lookup)).toBe('paragraph p-5');
	});

	it('gives one line per account of a comparison, in the question’s order', () => {
		expect(
			describeAnswer(tone, {
				kind: 'compare',
				texts: { extra: 'Odd.', post: 'Angry.', herald: 'Calm.\nMostly.' }
			})
		).toBe('herald: Calm.\nMostly.\npost: Angry.\nextra: Odd.');
		expect(describeAnswer(tone, { kind: 'compare', texts: { herald: ' ', post: 'Angry.' } })).toBe(
			'post: Angry.'
		);
		expect(describeAnswer(tone, { kind: 'compare', texts: {} })).toBe('');
	});
});

describe('rightAnswer', () => {
	it('gives the right option or paragraph of checked questions only', () => {
		expect(rightAnswer(when)).toBe('Tuesday');
		expect(rightAnswer(cost)).toBe('“The new bridge will cost four million.”');
		expect(rightAnswer(why)).toBe('');
		expect(rightAnswer(undefined)).toBe('');
	});
});

describe('shorten', () => {
	it('keeps short text, collapses spaces, cuts long text at a word', () => {
		expect(shorten('  a\n b  ', 10)).toBe('a b');
		expect(shorten('one two three four', 12)).toBe('one two…');
		expect(shorten('abcdefghijklmnop', 5)).toBe('abcde…');
	});
});
