// Issue 15, point 3: hiding the reader comments hides every question that needs them, and the
// student's and the teacher's counts agree.
import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from '$lib/content/model';
import type { ReceivedAssignment } from '$lib/db/types';
import { buildReview } from './review/review-model';
import { lesson, spec } from './review/review-fixtures';
import { standingOf } from './standing';

// the fixture lesson with its discussion question marked as needing the comments
const withNeeds: CompiledLesson = {
	...lesson,
	questions: lesson.questions.map((q) => (q.id === 'talk' ? { ...q, needsComments: true } : q))
};
const assigned = (hideComments: boolean) => ({
	...spec,
	hideComments,
	// an older spec could list the hidden question as required
	lessons: [{ id: 'bridge', hash: 'abc', required: ['talk', 'why', 'when'] }]
});
const received = (hideComments: boolean): ReceivedAssignment => ({
	profileId: 'p1',
	assignmentId: spec.id,
	spec: assigned(hideComments),
	receivedAt: 0
});
const work = {
	lessons: new Map([['bridge', { lesson: withNeeds, hash: 'abc123' }]]),
	answers: new Map(),
	lastChange: new Map()
};

describe('questions that need the hidden comments', () => {
	it('are not required of the student when the assignment hides the comments', () => {
		const hidden = standingOf(received(true), work, '2030-01-01');
		const shown = standingOf(received(false), work, '2030-01-01');
		expect(shown.requiredTotal).toBe(3);
		expect(hidden.requiredTotal).toBe(2);
		// numbers follow the questions the student sees: "why" is now question 1
		expect(hidden.lessons[0]!.unanswered.map((q) => [q.id, q.number])).toEqual([
			['why', 1],
			['when', 2]
		]);
	});

	it('are not columns of the teacher’s review, so both count the same questions', () => {
		const lessons = new Map([['bridge', withNeeds]]);
		const hidden = buildReview(assigned(true), lessons, []);
		const shown = buildReview(assigned(false), lessons, []);
		expect(shown.columns.map((c) => c.questionId)).toContain('talk');
		expect(hidden.columns.map((c) => c.questionId)).not.toContain('talk');
		expect(hidden.columns).toHaveLength(withNeeds.questions.length - 1);
		const requiredColumns = hidden.columns.filter((c) => c.required).length;
		expect(requiredColumns).toBe(standingOf(received(true), work, '2030-01-01').requiredTotal);
	});
});
