// Test fixtures for the review specs: one lesson with a question of each kind, and hand-ins.
import type { AssignmentSpec, SubmittedAnswer, SubmittedLesson } from '$lib/model';
import { optionId } from '$lib/content/choice-ids';
import type { CompiledLesson } from '$lib/content/model';
import type { SafeHtml } from '$lib/content/model';
import type { AnswerValue, Submission } from '$lib/db/types';

/** The options of "When was the vote?", by their text. */
export const day = {
	Monday: optionId('Monday'),
	Tuesday: optionId('Tuesday'),
	Friday: optionId('Friday')
};

export const lesson: CompiledLesson = {
	id: 'bridge',
	title: 'The bridge vote',
	summary: '',
	topic: 'civics',
	contentNote: '',
	balanceNote: '',
	perspectives: ['herald', 'post'],
	claims: [],
	questions: [
		{ id: 'talk', kind: 'discussion', prompt: 'What would you ask the mayor?', hints: [] },
		{
			id: 'why',
			kind: 'short-answer',
			prompt: 'Why did the vote happen, in one sentence?',
			modelAnswer: 'The old bridge failed its inspection.'
		},
		{
			id: 'when',
			kind: 'multiple-choice',
			prompt: 'When was the vote?',
			choices: (['Monday', 'Tuesday', 'Friday'] as const).map((text) => ({ id: day[text], text })),
			answer: day.Tuesday,
			explanation: 'Both accounts say Tuesday.'
		},
		{
			id: 'cost',
			kind: 'evidence',
			prompt: 'Find where the cost is given.',
			source: 'herald',
			answers: ['p-3'],
			answerQuotes: ['The new bridge will cost four million.'],
			explanation: 'Paragraph 3 gives the figure.'
		},
		{
			id: 'tone',
			kind: 'compare',
			prompt: 'How does each account sound?',
			sources: ['herald', 'post']
		}
	],
	glossary: [],
	timeline: [],
	teacherGuide: '' as SafeHtml,
	minutes: 10,
	grade: 7,
	level: 'B1'
};

export const spec: AssignmentSpec = {
	id: 'a1',
	version: 2,
	title: 'Bridge week',
	instructions: '',
	due: '2025-03-10',
	lessons: [
		{ id: 'bridge', hash: 'abc', required: ['why', 'when'] },
		// the teacher has no copy of this one
		{ id: 'river', hash: 'def', required: ['r-need'] }
	],
	hideComments: false
};

export const lessons: ReadonlyMap<string, CompiledLesson> = new Map([[lesson.id, lesson]]);

const answer = (
	questionId: string,
	value: AnswerValue,
	status: SubmittedAnswer['status'] = 'answered',
	firstTryCorrect?: boolean
): SubmittedAnswer => ({
	questionId,
	value,
	updatedAt: 1,
	status,
	...(firstTryCorrect !== undefined && { firstTryCorrect })
});

const submitted = (id: string, title: string, answers: SubmittedAnswer[]): SubmittedLesson => ({
	id,
	hash: '',
	title,
	score: { questions: 0, answered: 0, autoChecked: 0, correctFirstTry: 0, correctNow: 0 },
	answers
});

export function submission(
	name: string,
	lessonsHandedIn: SubmittedLesson[],
	options: { version?: number; handedInAt?: string; warnings?: string[] } = {}
): Submission {
	const key = name.trim().toLowerCase();
	return {
		id: `a1/${key}`,
		assignmentId: 'a1',
		studentKey: key,
		importedAt: 100,
		warnings: options.warnings ?? [],
		file: {
			format: 'parallax-submission',
			version: 2,
			app: '0.1.0',
			assignment: { id: 'a1', version: options.version ?? 2, title: 'Bridge week' },
			student: { name, profileId: `p-${key}` },
			handedInAt: options.handedInAt ?? '2025-03-09T10:00:00.000Z',
			lessons: lessonsHandedIn,
			checksum: 'x'
		}
	};
}

/** Bea leaves the required short answer empty; her first try at the choice is right. */
export const bea = submission(
	'bea',
	[
		submitted('bridge', 'The bridge vote', [
			answer('talk', { kind: 'text', text: 'Who pays?\nAnd when?' }),
			answer(
				'when',
				{ kind: 'choice', choice: day.Tuesday, firstChoice: day.Tuesday, attempts: 1 },
				'correct',
				true
			),
			answer(
				'cost',
				{ kind: 'evidence', blockId: 'p-5', firstBlockId: 'p-5', attempts: 1 },
				'incorrect',
				false
			),
			answer('tone', { kind: 'compare', texts: { herald: 'Calm.' } }, 'partial')
		]),
		submitted('river', 'River clean-up', [
			answer('r-need', { kind: 'text', text: 'Less plastic' }),
			answer(
				'r-pick',
				{ kind: 'choice', choice: 'o-0000000c', firstChoice: 'o-0000000c', attempts: 1 },
				'correct',
				true
			)
		])
	],
	{ warnings: ['“The bridge vote” was a different version on this student’s device.'] }
);

/** Ann answers the choice wrongly first, then right; everything else in full. */
export const ann = submission(
	'Ann',
	[
		submitted('bridge', 'The bridge vote', [
			answer('talk', { kind: 'text', text: '   ' }, 'unanswered'),
			answer('why', { kind: 'text', text: '=cheap, "fast" fix' }),
			// the student's app said right: the teacher's copy decides
			answer(
				'when',
				{ kind: 'choice', choice: day.Tuesday, firstChoice: day.Monday, attempts: 2 },
				'correct',
				true
			),
			answer(
				'cost',
				{ kind: 'evidence', blockId: 'p-3', firstBlockId: 'p-3', attempts: 1 },
				'correct',
				true
			),
			answer('tone', { kind: 'compare', texts: { post: 'Angry.', herald: 'Calm.' } })
		]),
		submitted('river', 'River clean-up', [
			answer(
				'r-pick',
				{ kind: 'choice', choice: 'o-0000000a', firstChoice: 'o-0000000b', attempts: 2 },
				'correct',
				false
			)
		])
	],
	{ version: 1, handedInAt: '2025-03-12T08:30:00.000Z' }
);
