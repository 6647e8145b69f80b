import { describe, expect, it } from 'vitest';
import { buildReview } from './review-model';
import { cellStatus, isAnswered } from './cell-status';
import { ann, bea, lesson, lessons, spec, submission } from './review-fixtures';

const columnOf = (review: ReturnType<typeof buildReview>, lessonId: string, questionId: string) =>
	review.columns.findIndex((c) => c.lessonId === lessonId && c.questionId === questionId);

describe('buildReview: columns', () => {
	const review = buildReview(spec, lessons, [bea, ann]);

	it('has every question of every assigned lesson, in lesson order, with number labels', () => {
		expect(review.columns.map((c) => `${c.label} ${c.questionId}`)).toEqual([
			'L1·Q1 talk',
			'L1·Q2 why',
			'L1·Q3 when',
			'L1·Q4 cost',
			'L1·Q5 tone',
			'L2·Q1 r-need',
			'L2·Q2 r-pick'
		]);
		expect(review.columns[2]).toMatchObject({
			lessonId: 'bridge',
			lessonTitle: 'The bridge vote',
			lessonNumber: 1,
			questionNumber: 3,
			prompt: 'When was the vote?',
			kind: 'multiple-choice',
			required: true,
			autoChecked: true
		});
		expect(review.columns[2]!.question).toBe(lesson.questions[2]);
		expect(review.columns.filter((c) => c.required).map((c) => c.questionId)).toEqual([
			'why',
			'when',
			'r-need'
		]);
	});

	it('groups columns by lesson', () => {
		expect(review.lessons).toEqual([
			{ id: 'bridge', title: 'The bridge vote', number: 1, available: true, start: 0, count: 5 },
			{ id: 'river', title: 'River clean-up', number: 2, available: false, start: 5, count: 2 }
		]);
	});

	it('without the teacher’s copy, takes questions from the answers, labelled by number', () => {
		const river = review.columns.slice(5);
		expect(river.map((c) => [c.prompt, c.kind, c.question, c.autoChecked, c.required])).toEqual([
			['question 1', null, undefined, false, true],
			['question 2', null, undefined, true, false]
		]);
	});

	it('adds required questions nobody answered, and uses the lesson id when no title is known', () => {
		const alone = buildReview(spec, new Map(), [submission('Cy', [])]);
		expect(alone.lessons.map((l) => [l.title, l.count])).toEqual([
			['bridge', 2],
			['river', 1]
		]);
		expect(alone.columns.map((c) => c.questionId)).toEqual(['why', 'when', 'r-need']);
		expect(alone.rows[0]!.cells.every((c) => c.status === 'unanswered')).toBe(true);
	});
});

describe('buildReview: rows and cells', () => {
	const review = buildReview(spec, lessons, [bea, ann, submission('adam', [])]);

	it('sorts students by name, ignoring case', () => {
		expect(review.rows.map((r) => r.name)).toEqual(['adam', 'Ann', 'bea']);
	});

	it('keeps what each hand-in says about itself', () => {
		const [, a, b] = review.rows;
		expect(a).toMatchObject({
			submissionId: 'a1/ann',
			handedInAt: '2025-03-12T08:30:00.000Z',
			version: 1,
			outdated: true,
			late: true,
			warnings: []
		});
		expect(b).toMatchObject({ version: 2, outdated: false, late: false, importedAt: 100 });
		expect(b!.warnings).toHaveLength(1);
	});

	it('re-grades with the teacher’s copy', () => {
		const a = review.rows[1]!;
		const when = a.cells[columnOf(review, 'bridge', 'when')]!;
		// the hand-in claimed a first-try right answer; the values say otherwise
		expect(when).toMatchObject({
			status: 'correct',
			autoChecked: true,
			firstTryCorrect: false,
			regraded: true
		});
		expect(cellStatus(when)).toEqual({ symbol: '↻✓', label: 'right after retry', tone: 'retry' });
		expect(a.cells[0]).toMatchObject({ status: 'unanswered', autoChecked: false });
		expect(a.cells[columnOf(review, 'bridge', 'tone')]!.status).toBe('answered');

		const b = review.rows[2]!;
		expect(b.cells.slice(0, 5).map((c) => c.status)).toEqual([
			'answered',
			'unanswered',
			'correct',
			'incorrect',
			'partial'
		]);
		expect(cellStatus(b.cells[2]!).label).toBe('right first try');
		expect(cellStatus(b.cells[3]!).label).toBe('wrong');
		expect(cellStatus(b.cells[1]!).label).toBe('not answered');
		expect(cellStatus(b.cells[4]!).label).toBe('partly answered');
		expect(cellStatus(b.cells[0]!).label).toBe('answered');
		expect(b.cells[1]!.value).toBeUndefined();
	});

	it('falls back to the handed-in status without the teacher’s copy', () => {
		const a = review.rows[1]!;
		const b = review.rows[2]!;
		expect(a.cells[5]).toMatchObject({ status: 'unanswered', regraded: false });
		expect(a.cells[6]).toMatchObject({
			status: 'correct',
			firstTryCorrect: false,
			autoChecked: true,
			regraded: false
		});
		expect(b.cells[5]).toMatchObject({ status: 'answered', autoChecked: false });
		expect(b.cells[6]).toMatchObject({ status: 'correct', firstTryCorrect: true });
	});

	it('totals each row: required, answered, right first try of the checked ones', () => {
		const [adam, a, b] = review.rows;
		expect(adam!.totals).toEqual({
			required: 3,
			requiredAnswered: 0,
			questions: 7,
			answered: 0,
			checked: 3,
			rightFirstTry: 0
		});
		// Ann: everything but the discussion and r-need; only the evidence right at the first try
		expect(a!.totals).toEqual({
			required: 3,
			requiredAnswered: 2,
			questions: 7,
			answered: 5,
			checked: 3,
			rightFirstTry: 1
		});
		// Bea: the required short answer is missing; the partial comparison does not count
		expect(b!.totals).toEqual({
			required: 3,
			requiredAnswered: 2,
			questions: 7,
			answered: 5,
			checked: 3,
			rightFirstTry: 2
		});
	});

	it('totals each column', () => {
		expect(review.columnTotals).toEqual([
			{ answered: 1, rightFirstTry: 0, rightNow: 0 },
			{ answered: 1, rightFirstTry: 0, rightNow: 0 },
			{ answered: 2, rightFirstTry: 1, rightNow: 2 },
			{ answered: 2, rightFirstTry: 1, rightNow: 1 },
			{ answered: 1, rightFirstTry: 0, rightNow: 0 },
			{ answered: 1, rightFirstTry: 0, rightNow: 0 },
			{ answered: 2, rightFirstTry: 1, rightNow: 2 }
		]);
	});

	it('is empty but complete without hand-ins', () => {
		const empty = buildReview(spec, lessons, []);
		expect(empty.rows).toEqual([]);
		expect(empty.columns).toHaveLength(6);
		expect(empty.columnTotals.every((t) => t.answered === 0)).toBe(true);
	});

	it('names a student by their key when the name is blank, and is not late without a due date', () => {
		const dee = submission('Dee', []);
		dee.file.student.name = '  ';
		const blank = buildReview({ ...spec, due: null }, lessons, [dee]);
		expect(blank.rows[0]).toMatchObject({ name: 'dee', late: false });
	});
});

describe('buildReview: an answer to an earlier version of a question', () => {
	// Cy handed in against a version of the lesson whose options were since rewritten
	const cy = submission('Cy', [
		{
			id: 'bridge',
			hash: '',
			title: 'The bridge vote',
			score: { questions: 5, answered: 1, autoChecked: 1, correctFirstTry: 1, correctNow: 1 },
			answers: [
				{
					questionId: 'when',
					value: { kind: 'choice', choice: 'o-0ld0ld01', firstChoice: 'legacy-1', attempts: 1 },
					updatedAt: 1,
					status: 'correct',
					firstTryCorrect: true
				}
			]
		}
	]);
	const review = buildReview(spec, lessons, [cy]);
	const cell = review.rows[0]!.cells[columnOf(review, 'bridge', 'when')]!;

	it('keeps the answer, and neither marks it right nor wrong nor counts it as checked', () => {
		expect(cell).toMatchObject({
			value: { choice: 'o-0ld0ld01', firstChoice: 'legacy-1' },
			status: 'answered',
			autoChecked: false,
			earlierVersion: true
		});
		expect(cellStatus(cell)).toEqual({
			symbol: '⟲',
			label: 'answered an earlier version of this question',
			tone: 'earlier'
		});
		// checked: only the evidence question (unanswered) is left to count
		expect(review.rows[0]!.totals).toMatchObject({ answered: 1, checked: 1, rightFirstTry: 0 });
		expect(review.columnTotals[columnOf(review, 'bridge', 'when')]).toEqual({
			answered: 1,
			rightFirstTry: 0,
			rightNow: 0
		});
	});
});

describe('isAnswered', () => {
	it('counts checked and open answers, not partial or missing ones', () => {
		expect(['answered', 'correct', 'incorrect'].every((s) => isAnswered(s as never))).toBe(true);
		expect(isAnswered('partial')).toBe(false);
		expect(isAnswered('unanswered')).toBe(false);
	});
});
