import { describe, expect, it } from 'vitest';
import { optionId } from '$lib/content/choice-ids';
import type { CompiledLesson, CompiledQuestion } from '$lib/content/model';
import type { AnswerValue } from '$lib/db/types';
import { grade, nextChoice, nextEvidence, scoreLesson, wordCount } from './grading';

const base = { prompt: 'Q?' };
const [a, b, c] = ['a', 'b', 'c'].map((text) => ({ id: optionId(text), text }));
const mc = {
	...base,
	id: 'mc',
	kind: 'multiple-choice',
	choices: [a!, b!, c!],
	answer: b!.id,
	explanation: 'b'
} satisfies CompiledQuestion;
const ev: CompiledQuestion = {
	...base,
	id: 'ev',
	kind: 'evidence',
	source: 's',
	answers: ['p-right', 'p-also-right'],
	answerQuotes: ['x', 'y'],
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

	it('multiple choice is checked by option id, and the first try is kept', () => {
		let value = nextChoice(mc, undefined, a!.id);
		expect(grade(mc, value)).toEqual({
			status: 'incorrect',
			autoChecked: true,
			firstTryCorrect: false
		});
		value = nextChoice(mc, value, b!.id);
		expect(value).toEqual({ kind: 'choice', choice: b!.id, firstChoice: a!.id, attempts: 2 });
		expect(grade(mc, value)).toEqual({
			status: 'correct',
			autoChecked: true,
			firstTryCorrect: false
		});
		expect(grade(mc, nextChoice(mc, undefined, b!.id)).firstTryCorrect).toBe(true);
	});

	it('grades by id whatever order the options are in', () => {
		const reordered = { ...mc, choices: [c!, b!, a!] };
		const value = nextChoice(reordered, undefined, b!.id);
		expect(grade(reordered, value).status).toBe('correct');
		expect(grade(mc, value).status).toBe('correct');
	});

	it('an answer to options since rewritten is kept, never graded against other options', () => {
		const rewritten = {
			...mc,
			choices: [a!, { id: optionId('b, reworded'), text: 'b, reworded' }, c!],
			answer: optionId('b, reworded')
		};
		const old = { kind: 'choice', choice: b!.id, firstChoice: b!.id, attempts: 1 } as const;
		expect(grade(rewritten, old)).toEqual({
			status: 'answered',
			autoChecked: false,
			earlierVersion: true
		});
		// a first try at an option that is gone: the answer is to an earlier version too
		expect(
			grade(rewritten, { ...old, choice: a!.id, firstChoice: b!.id, attempts: 2 }).earlierVersion
		).toBe(true);
		// a legacy marker (a position whose text was unknown) is never a current option
		const legacy = { kind: 'choice', choice: 'legacy-1', firstChoice: 'legacy-1', attempts: 1 };
		expect(grade(mc, legacy as AnswerValue).earlierVersion).toBe(true);
		// answering again starts afresh, against the current options
		expect(nextChoice(rewritten, old, rewritten.answer)).toEqual({
			kind: 'choice',
			choice: rewritten.answer,
			firstChoice: rewritten.answer,
			attempts: 1
		});
	});

	it('evidence accepts any of its paragraphs, first try kept', () => {
		const value = nextEvidence(nextEvidence(undefined, 'p-wrong'), 'p-right');
		expect(grade(ev, value)).toEqual({
			status: 'correct',
			autoChecked: true,
			firstTryCorrect: false
		});
		expect(grade(ev, nextEvidence(undefined, 'p-right')).firstTryCorrect).toBe(true);
		expect(grade(ev, nextEvidence(undefined, 'p-also-right'))).toEqual({
			status: 'correct',
			autoChecked: true,
			firstTryCorrect: true
		});
		expect(grade(ev, nextEvidence(undefined, 'p-wrong')).status).toBe('incorrect');
	});

	it('an answer of the wrong shape counts as unanswered instead of throwing', () => {
		expect(grade(mc, { kind: 'text', text: 'b' }).status).toBe('unanswered');
		expect(
			grade(disc, { kind: 'choice', choice: b!.id, firstChoice: b!.id, attempts: 1 }).status
		).toBe('unanswered');
	});
});

describe('scoreLesson', () => {
	it('counts answered questions and first-try score on checked ones', () => {
		const lesson = { questions: [mc, ev, cmp, disc, short] } as CompiledLesson;
		const answers = new Map<string, AnswerValue>([
			['mc', nextChoice(mc, undefined, b!.id)],
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

describe('scoreLesson with an answer to an earlier version', () => {
	it('counts it as answered but not among the checked questions', () => {
		const lesson = { questions: [mc, ev] } as CompiledLesson;
		const answers = new Map<string, AnswerValue>([
			['mc', { kind: 'choice', choice: 'legacy-0', firstChoice: 'legacy-0', attempts: 1 }],
			['ev', nextEvidence(undefined, 'p-right')]
		]);
		expect(scoreLesson(lesson, answers)).toEqual({
			questions: 2,
			answered: 2,
			autoChecked: 1,
			correctFirstTry: 1,
			correctNow: 1
		});
	});
});

describe('wordCount', () => {
	it('counts words separated by any whitespace', () => {
		expect(wordCount('')).toBe(0);
		expect(wordCount('  one two\nthree\tfour ')).toBe(4);
	});
});
