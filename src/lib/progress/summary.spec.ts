import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from '$lib/content/model';
import type { Answer, Progress } from '$lib/db/types';
import { localizedProgressLine } from './progress-line';
import { isFinished, lessonToContinue, summarizeLesson, summarizeWork } from './summary';

const lesson = {
	id: 'flood',
	perspectives: ['gazette', 'herald'],
	questions: [
		{ id: 'q-open', kind: 'discussion', prompt: 'Why?', hints: [] },
		{
			id: 'q-mc',
			kind: 'multiple-choice',
			prompt: 'Which?',
			choices: [
				{ id: 'o-a', text: 'a' },
				{ id: 'o-b', text: 'b' }
			],
			answer: 'o-b',
			explanation: ''
		}
	]
} as unknown as CompiledLesson;

const progress = (read: Record<string, boolean>, updatedAt: number): Progress => ({
	profileId: 'ana',
	lessonId: 'flood',
	read,
	position: {},
	updatedAt
});
const answer = (questionId: string, value: Answer['value'], updatedAt: number): Answer => ({
	profileId: 'ana',
	lessonId: 'flood',
	questionId,
	value,
	updatedAt
});

describe('progress summary', () => {
	it('counts accounts read, answers and first-try score, and the latest activity', () => {
		const summary = summarizeLesson(lesson, progress({ gazette: true, other: true }, 10), [
			answer('q-open', { kind: 'text', text: 'Because.' }, 30),
			answer('q-mc', { kind: 'choice', choice: 'o-b', firstChoice: 'o-a', attempts: 2 }, 20)
		]);
		expect(summary).toMatchObject({ accounts: 2, accountsRead: 1, updatedAt: 30 });
		expect(summary.score).toMatchObject({
			answered: 2,
			autoChecked: 1,
			correctFirstTry: 0,
			correctNow: 1
		});
		expect(localizedProgressLine(summary)).toBe(
			'1 of 2 accounts read · 2 of 2 answered · 0 of 1 right first time'
		);
		expect(isFinished(summary)).toBe(false);
	});

	it('offers the latest unfinished lesson to continue, never an untouched or finished one', () => {
		const untouched = summarizeLesson(lesson, undefined, []);
		const started = { ...untouched, lessonId: 'a', updatedAt: 5 };
		const later = { ...untouched, lessonId: 'b', updatedAt: 9 };
		const finished = {
			...untouched,
			lessonId: 'c',
			updatedAt: 99,
			accountsRead: 2,
			score: { ...untouched.score, answered: 2 }
		};
		expect(lessonToContinue([untouched, started, later, finished])?.lessonId).toBe('b');
		expect(lessonToContinue([untouched])).toBeUndefined();
	});

	it('groups a profile’s work by lesson', () => {
		const byLesson = summarizeWork([lesson], {
			progress: [progress({ herald: true }, 1)],
			answers: [answer('q-open', { kind: 'text', text: ' ' }, 2)]
		});
		expect(byLesson.get('flood')).toMatchObject({ accountsRead: 1, updatedAt: 2 });
		expect(byLesson.get('flood')?.score.answered).toBe(0);
	});
});
