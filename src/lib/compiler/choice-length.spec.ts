import { describe, expect, it } from 'vitest';
import { optionId } from '../content/choice-ids';
import { correctIsUniquelyLongest, lengthGiveaways, type ChoiceQuestion } from './choice-length';

/** A question whose correct option is `answer`, with the options in the order given. */
function question(id: string, choices: string[], answer: string): ChoiceQuestion {
	return {
		id,
		choices: choices.map((text) => ({ id: optionId(text), text })),
		answer: optionId(answer)
	};
}

const giveaway = (id: string) =>
	question(
		id,
		['Yes', 'No', 'Only the council, in its statement on Monday'],
		'Only the council, in its statement on Monday'
	);
const fair = (id: string) =>
	question(id, ['The council', 'The residents', 'The dam'], 'The council');

describe('correctIsUniquelyLongest', () => {
	it('is true when the correct option has more characters than every other option', () => {
		expect(correctIsUniquelyLongest(giveaway('q1'))).toBe(true);
		expect(correctIsUniquelyLongest(question('q', ['ab', 'abc'], 'abc'))).toBe(true);
	});

	it('is false when another option is longer', () => {
		expect(correctIsUniquelyLongest(fair('q1'))).toBe(false);
	});

	it('is false when another option is just as long (a tie gives nothing away)', () => {
		expect(correctIsUniquelyLongest(question('q', ['Monday', 'Friday', 'May'], 'Monday'))).toBe(
			false
		);
	});

	it('counts characters after trimming, and a character outside the BMP as one', () => {
		expect(correctIsUniquelyLongest(question('q', ['abcd', '  abc  '], 'abcd'))).toBe(true);
		expect(correctIsUniquelyLongest(question('q', ['abc', '  abc  '], '  abc  '))).toBe(false);
		expect(correctIsUniquelyLongest(question('q', ['ab', 'a😀'], 'a😀'))).toBe(false);
	});

	it('is false when the answer is not among the options', () => {
		expect(correctIsUniquelyLongest({ ...giveaway('q'), answer: 'o-00000000' })).toBe(false);
	});
});

describe('lengthGiveaways', () => {
	it('allows none of no questions', () => {
		expect(lengthGiveaways([])).toEqual({ total: 0, giveaways: [], tooMany: false });
	});

	it('allows exactly a third', () => {
		expect(lengthGiveaways([fair('a'), giveaway('b'), fair('c')])).toEqual({
			total: 3,
			giveaways: ['b'],
			tooMany: false
		});
		expect(
			lengthGiveaways([giveaway('a'), fair('b'), fair('c'), giveaway('d'), fair('e'), fair('f')])
				.tooMany
		).toBe(false);
	});

	it('refuses more than a third, naming the questions in lesson order', () => {
		expect(lengthGiveaways([giveaway('a'), fair('b'), giveaway('c')])).toEqual({
			total: 3,
			giveaways: ['a', 'c'],
			tooMany: true
		});
		expect(lengthGiveaways([giveaway('only')])).toEqual({
			total: 1,
			giveaways: ['only'],
			tooMany: true
		});
		expect(lengthGiveaways([fair('a'), giveaway('b')]).tooMany).toBe(true);
	});
});
