import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { answerWords } from './answer-words';
import {
	ENGLISH_ANSWER_WORDS,
	EARLIER_VERSION,
	describeAnswer,
	rightAnswer,
	shorten
} from './answer-text';
import { day, lesson } from '$lib/classroom/review/review-fixtures';

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

	it('gives the chosen option’s text by its id, and the first try when it differs', () => {
		const choice = (now: string, first: string) =>
			({ kind: 'choice', choice: now, firstChoice: first, attempts: 2 }) as const;
		expect(describeAnswer(when, choice(day.Tuesday, day.Tuesday))).toBe('Tuesday');
		expect(describeAnswer(when, choice(day.Tuesday, day.Friday))).toBe(
			'Tuesday (first try: Friday)'
		);
		// the same answer whatever order the options are in
		const reordered = when?.kind === 'multiple-choice' && {
			...when,
			choices: [...when.choices].reverse()
		};
		expect(describeAnswer(reordered || undefined, choice(day.Tuesday, day.Friday))).toBe(
			'Tuesday (first try: Friday)'
		);
		// without the question (the lesson is not here), the text is unknown
		expect(describeAnswer(undefined, choice(day.Monday, day.Monday))).toBe(
			'an option (the lesson is not here)'
		);
	});

	it('says an answer was to an earlier version when an option is gone, never another’s text', () => {
		const choice = (now: string, first: string) =>
			({ kind: 'choice', choice: now, firstChoice: first, attempts: 1 }) as const;
		expect(describeAnswer(when, choice('o-0badc0de', 'o-0badc0de'))).toBe(EARLIER_VERSION);
		expect(describeAnswer(when, choice('legacy-1', 'legacy-1'))).toBe(EARLIER_VERSION);
		expect(describeAnswer(when, choice(day.Tuesday, 'legacy-0'))).toBe(EARLIER_VERSION);
		expect(EARLIER_VERSION).not.toContain('Tuesday');
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
		const both = cost?.kind === 'evidence' && {
			...cost,
			answers: ['p-3', 'p-4'],
			answerQuotes: ['The new bridge will cost four million.', 'Four million, said the mayor.']
		};
		expect(rightAnswer(both || undefined)).toBe(
			'“The new bridge will cost four million.” or “Four million, said the mayor.”'
		);
		// the second accepted paragraph is quoted too when a student chose it
		expect(
			describeAnswer(both || undefined, {
				kind: 'evidence',
				blockId: 'p-4',
				firstBlockId: 'p-4',
				attempts: 1
			})
		).toBe('“Four million, said the mayor.”');
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

describe('answer words in the interface’s language', () => {
	afterEach(() => setActiveLocale('en'));

	it('words a paragraph, a first try and the accepted paragraphs in Russian', () => {
		setActiveLocale('ru');
		const words = answerWords();
		const wrong = { kind: 'evidence', blockId: 'p-5', firstBlockId: 'p-5', attempts: 1 } as const;
		expect(describeAnswer(cost, wrong, undefined, {}, 120, words)).toBe('абзац p-5');
		expect(
			describeAnswer(cost, { ...wrong, blockId: 'p-3', attempts: 2 }, undefined, {}, 120, words)
		).toBe('«The new bridge will cost four million.» (первая попытка: абзац p-5)');
		const gone = {
			kind: 'choice',
			choice: 'legacy-1',
			firstChoice: 'legacy-1',
			attempts: 1
		} as const;
		expect(describeAnswer(when, gone, undefined, {}, 120, words)).toBe(
			'вариант ответа из прежней версии этого вопроса (варианты с тех пор изменены)'
		);
		expect(words.either(['A', 'B'])).toBe('A или B');
	});

	it('keeps English by default, as the gradebook writes it', () => {
		setActiveLocale('ru');
		const wrong = { kind: 'evidence', blockId: 'p-5', firstBlockId: 'p-5', attempts: 1 } as const;
		expect(describeAnswer(cost, wrong)).toBe('paragraph p-5');
		expect(words(ENGLISH_ANSWER_WORDS)).toBe('A or B');
	});
});

const words = (set: typeof ENGLISH_ANSWER_WORDS) => set.either(['A', 'B']);
