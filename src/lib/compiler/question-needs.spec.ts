// Issue 15, point 3: questions carry what they depend on, so hiding the comments hides them all.
import { describe, expect, it } from 'vitest';
import type { LessonPack } from '../content/schema/compiled';
import { compileLibrary } from './library';
import { formatProblem } from './problems';
import { LESSON_YAML, commentsSource, library, lessonFile } from './test-factory';

const FILE = 'content/lessons/flood.md';

/** The lesson with the comment thread as a third perspective and one discussion question added. */
function withCommentsAnd(question: string) {
	const yaml = LESSON_YAML.replace(
		'  - herald\nclaims:',
		'  - herald\n  - gazette-comments\nclaims:'
	)
		.replace(
			'      herald:\n        notAddressed: true\n',
			'      herald:\n        notAddressed: true\n      gazette-comments:\n        notAddressed: true\n'
		)
		.replace('questions:\n', `questions:\n${question}`);
	const result = compileLibrary(
		library({
			sources: [...library().sources, commentsSource()],
			lessons: [{ path: FILE, text: lessonFile(yaml) }]
		})
	);
	return {
		problems: result.problems.map(formatProblem),
		lesson: result.packs.map((p) => JSON.parse(p.json) as LessonPack)[0]?.lesson
	};
}

const talk = (extra = '') =>
	`  - id: q-talk\n    kind: discussion\n    prompt: What do the commenters think of the council?\n${extra}`;

describe('what a question needs', () => {
	it('fails, naming the question, when its words speak of comments and it does not say it needs them', () => {
		const { problems, lesson } = withCommentsAnd(talk());
		expect(lesson).toBeUndefined();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`${FILE}:`);
		expect(problems[0]).toContain(
			'questions[0].needs: question "q-talk" speaks of reader comments'
		);
	});

	it('marks a question that says it needs the comments', () => {
		const { problems, lesson } = withCommentsAnd(talk('    needs: [comments]\n'));
		expect(problems).toEqual([]);
		expect(lesson!.questions.find((q) => q.id === 'q-talk')!.needsComments).toBe(true);
	});

	it('accepts needs: [] for a question that mentions comments but can be answered without them', () => {
		const { problems, lesson } = withCommentsAnd(talk('    needs: []\n'));
		expect(problems).toEqual([]);
		expect(lesson!.questions.find((q) => q.id === 'q-talk')!.needsComments).toBeUndefined();
	});

	it('marks a question that points at the thread without saying so, and no other', () => {
		const { problems, lesson } = withCommentsAnd(talk('    needs: []\n'));
		expect(problems).toEqual([]);
		const needing = lesson!.questions.filter((q) => q.needsComments).map((q) => q.id);
		// the compare question defaults to every perspective, the thread included
		expect(needing).toEqual(['q-compare']);
	});
});
