import { describe, expect, it } from 'vitest';
import type { CompiledLesson, CompiledQuestion } from '$lib/content/model';
import type { AnswerValue } from '$lib/db/types';
import { grade, nextChoice, nextEvidence, scoreLesson, wordCount } from './grading';

const base = { prompt: 'Q?' };
const mc: CompiledQuestion = {
	...base,
	id: 'mc',
	kind: 'multiple-choice',
	choices: ['a', 'b', 'c'],
	answer: 1,
	explanation: 'b'
};
const ev: CompiledQuestion = {
	...base,
	id: 'ev',
	kind: 'evidence',
	source: 's',
	answer: 'p-right',
	answerQuote: 'x',
	explanation: 'e'
};
const cmp: CompiledQuestion = { ...base, id: 'cmp', kind: 'compare', sources: ['s1', 's2'] };
const disc: CompiledQuestion = { ...base, id: 'disc', kind: 'discussion', hints: [] };
const short: CompiledQuestion = { ...base, id: 'short', kind: 'short-answer', modelAnswer: 'm' };

describe('grade', () => {
	it('open questions are answered once they hold text, never right or wrong', () => {
		expect(grade(disc, undefined)).toEqual({ status: 'unanswered', autoChecked: false });
		expect(grade(disc, { kind: 'text', text: '   ' }).status).toBe('unanswered');
		expect(grade(short, { kind: 'text', text: 'An answer' })).toEqual({
			status: 'answered',
			autoChecked: false
		});
	});

	it('compare is partial until every source has an answer', () => {
		expect(grade(cmp, { kind: 'compare', texts: { s1: 'x' } }).status).toBe('partial');
		expect(grade(cmp, { kind: 'compare', texts: { s1: 'x', s2: 'y' } }).status).toBe('answered');
		expect(grade(cmp, { kind: 'compare', texts: {} }).status).toBe('unanswered');
	});

	it('multiple choice is checked, and the first try is kept', () => {
		let value = nextChoice(undefined, 0);
		expect(grade(mc, value)).toEqual({
			status: 'incorrect',
			autoChecked: true,
			firstTryCorrect: false
		});
		value = nextChoice(value, 1);
		expect(value).toEqual({ kind: 'choice', choice: 1, firstChoice: 0, attempts: 2 });
		expect(grade(mc, value)).toEqual({
			status: 'correct',
			autoChecked: true,
			firstTryCorrect: false
		});
		expect(grade(mc, nextChoice(undefined, 1)).firstTryCorrect).toBe(true);
	});

	it('evidence is checked against the paragraph, first try kept', () => {
		const value = nextEvidence(nextEvidence(undefined, 'p-wrong'), 'p-right');
		expect(grade(ev, value)).toEqual({
			status: 'correct',
			autoChecked: true,
			firstTryCorrect: false
		});
		expect(grade(ev, nextEvidence(undefined, 'p-right')).firstTryCorrect).toBe(true);
	});

	it('an answer of the wrong shape counts as unanswered instead of throwing', () => {
		expect(grade(mc, { kind: 'text', text: 'b' }).status).toBe('unanswered');
		expect(grade(disc, { kind: 'choice', choice: 1, firstChoice: 1, attempts: 1 }).status).toBe(
			'unanswered'
		);
	});
});

describe('scoreLesson', () => {
	it('counts answered questions and first-try score on checked ones', () => {
		const lesson = { questions: [mc, ev, cmp, disc, short] } as CompiledLesson;
		const answers = new Map<string, AnswerValue>([
			['mc', nextChoice(undefined, 1)],
			['ev', nextEvidence(nextEvidence(undefined, 'p-wrong'), 'p-right')],
			['cmp', { kind: 'compare', texts: { s1: 'only one' } }],
			['disc', { kind: 'text', text: 'thoughts' }]
		]);
		expect(scoreLesson(lesson, answers)).toEqual({
			questions: 5,
			answered: 3,
			autoChecked: 2,
			correctFirstTry: 1,
			correctNow: 2
		});
	});
});

describe('wordCount', () => {
	it('counts words separated by any whitespace', () => {
		expect(wordCount('')).toBe(0);
		expect(wordCount('  one two\nthree\tfour ')).toBe(4);
	});
});
