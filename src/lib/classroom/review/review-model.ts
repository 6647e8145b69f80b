// The teacher's review of one assignment's hand-ins: students × questions, re-graded with the
// teacher's own copy of each lesson. Pure: no database, no DOM.
import { identityFlags, shownName, type IdentityFlag } from '$lib/model/student-key';
import type { AssignmentSpec, SubmittedAnswer } from '$lib/model';
import type { CompiledLesson, CompiledQuestion, QuestionKind } from '$lib/content/model';
import type { AnswerValue, Submission } from '$lib/db/types';
import { grade, type QuestionStatus } from '$lib/questions/grading';
import { hiddenByAssignment } from '../hidden-comments';

/** One assigned lesson, in assignment order, and the run of columns its questions take. */
export type ReviewLesson = {
	id: string;
	title: string;
	// 1-based position in the assignment ("L1")
	number: number;
	// false when the teacher has no copy: prompts are unknown, statuses are as the student's app said
	available: boolean;
	// its columns are columns[start] … columns[start + count - 1]
	start: number;
	count: number;
};

/** One question of one assigned lesson. */
export type ReviewColumn = {
	lessonId: string;
	lessonTitle: string;
	lessonNumber: number;
	questionId: string;
	// 1-based within its lesson ("Q3")
	questionNumber: number;
	// "L1·Q3"
	label: string;
	// the question's prompt, or "question 3" when the teacher has no copy of the lesson
	prompt: string;
	// null when the teacher has no copy of the lesson
	kind: QuestionKind | null;
	question: CompiledQuestion | undefined;
	required: boolean;
	// checked by the app (multiple choice, evidence): right or wrong, with a first-try score
	autoChecked: boolean;
};

/** One student's answer to one question. */
export type ReviewCell = {
	value: AnswerValue | undefined;
	status: QuestionStatus;
	autoChecked: boolean;
	firstTryCorrect: boolean | undefined;
	// true: graded here with the teacher's copy; false: the status the student's app handed in
	regraded: boolean;
	// a multiple-choice answer to options the teacher's copy no longer has: kept, never graded
	earlierVersion?: true;
};

export type RowTotals = {
	required: number;
	requiredAnswered: number;
	questions: number;
	answered: number;
	// questions the app checks, and how many of those were right at the first try
	checked: number;
	rightFirstTry: number;
};

export type ReviewRow = {
	submissionId: string;
	// the teacher's name for the student, else the name handed in
	name: string;
	// the name on the file, when the teacher renamed the student
	handedInAs?: string;
	// who handed it in, for the teacher to check: two hand-ins by one name from different
	// tablets, one profile under two names, a file from before identifiers
	identity: Pick<IdentityFlag, 'kind' | 'message'>[];
	// ISO 8601, as handed in
	handedInAt: string;
	// the version of the assignment the student had when handing in
	version: number;
	// handed in against an older version of the assignment than the teacher's current one
	outdated: boolean;
	// handed in after the end of the due day (teacher's time zone)
	late: boolean;
	importedAt: number;
	warnings: string[];
	cells: ReviewCell[];
	totals: RowTotals;
};

export type ColumnTotals = {
	// students whose answer counts as answered (a partly answered comparison does not)
	answered: number;
	// checked questions only (0 for open ones)
	rightFirstTry: number;
	rightNow: number;
};

export type Review = {
	spec: AssignmentSpec;
	lessons: ReviewLesson[];
	columns: ReviewColumn[];
	// sorted by student name
	rows: ReviewRow[];
	// one per column
	columnTotals: ColumnTotals[];
	// account id → the name the reader gives it, for comparison answers (empty when unknown)
	accountNames: Readonly<Record<string, string>>;
};

/** Two hand-ins the teacher should tell apart (rename or merge), as opposed to a note. */
export const isAmbiguous = (row: Pick<ReviewRow, 'identity'>) =>
	row.identity.some((flag) => flag.kind !== 'name-only');

/** Counts as answered in totals, the same rule as `scoreLesson`: a partial comparison does not. */
export const isAnswered = (status: QuestionStatus) =>
	status === 'answered' || status === 'correct' || status === 'incorrect';

export type CellTone = 'right' | 'retry' | 'wrong' | 'open' | 'earlier' | 'partial' | 'none';

/** How a cell reads: a short symbol for the grid, and the words that say the same thing. */
export function cellStatus(cell: ReviewCell): { symbol: string; label: string; tone: CellTone } {
	if (cell.status === 'unanswered') return { symbol: '–', label: 'not answered', tone: 'none' };
	if (cell.earlierVersion) {
		return { symbol: '⟲', label: 'answered an earlier version of this question', tone: 'earlier' };
	}
	if (cell.autoChecked) {
		// the first try is the score a teacher sees, even if the student changed it later
		if (cell.firstTryCorrect) return { symbol: '✓', label: 'right first try', tone: 'right' };
		if (cell.status === 'correct')
			return { symbol: '↻✓', label: 'right after retry', tone: 'retry' };
		if (cell.status === 'incorrect') return { symbol: '✗', label: 'wrong', tone: 'wrong' };
	}
	if (cell.status === 'partial') return { symbol: '◐', label: 'partly answered', tone: 'partial' };
	return { symbol: '✎', label: 'answered', tone: 'open' };
}

const AUTO_CHECKED_KINDS: ReadonlySet<QuestionKind> = new Set(['multiple-choice', 'evidence']);

const byName = new Intl.Collator(undefined, { sensitivity: 'accent', numeric: true });

function compareRows(a: ReviewRow, b: ReviewRow): number {
	return (
		byName.compare(a.name, b.name) ||
		(a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
		(a.submissionId < b.submissionId ? -1 : a.submissionId > b.submissionId ? 1 : 0)
	);
}

function isLate(handedInAt: string, due: string | null): boolean {
	if (!due) return false;
	const handedIn = Date.parse(handedInAt);
	// a date-time without an offset is local time: the end of the due day where the teacher is
	const deadline = Date.parse(`${due}T23:59:59.999`);
	return Number.isFinite(handedIn) && Number.isFinite(deadline) && handedIn > deadline;
}

/** Builds the review of one assignment; `lessons` holds the teacher's copies by lesson id. */
export function buildReview(
	spec: AssignmentSpec,
	lessons: ReadonlyMap<string, CompiledLesson>,
	submissions: readonly Submission[],
	accountNames: Readonly<Record<string, string>> = {}
): Review {
	// each hand-in's answers by lesson id, then question id
	const handedIn = submissions.map((submission) => {
		const byLesson = new Map<string, Map<string, SubmittedAnswer>>();
		for (const lesson of submission.file.lessons) {
			const answers = byLesson.get(lesson.id) ?? new Map<string, SubmittedAnswer>();
			for (const answer of lesson.answers) answers.set(answer.questionId, answer);
			byLesson.set(lesson.id, answers);
		}
		return byLesson;
	});

	const reviewLessons: ReviewLesson[] = [];
	const columns: ReviewColumn[] = [];
	spec.lessons.forEach((assigned, i) => {
		const number = i + 1;
		const copy = lessons.get(assigned.id);
		const required = new Set(assigned.required);
		const start = columns.length;
		const title =
			copy?.title ??
			submissions
				.flatMap((s) => s.file.lessons)
				.find((l) => l.id === assigned.id && l.title && l.title !== l.id)?.title ??
			assigned.id;

		if (copy) {
			// the teacher sees the questions the students saw: none the assignment hides
			const asked = copy.questions.filter((q) => !hiddenByAssignment(q, spec.hideComments));
			asked.forEach((question, q) => {
				columns.push({
					lessonId: assigned.id,
					lessonTitle: title,
					lessonNumber: number,
					questionId: question.id,
					questionNumber: q + 1,
					label: `L${number}·Q${q + 1}`,
					prompt: question.prompt,
					kind: question.kind,
					question,
					required: required.has(question.id),
					autoChecked: AUTO_CHECKED_KINDS.has(question.kind)
				});
			});
		} else {
			// no copy here: the questions are whatever the students answered, plus the required ones
			const ids: string[] = [];
			const seen = new Set<string>();
			const checked = new Set<string>();
			for (const byLesson of handedIn) {
				for (const answer of byLesson.get(assigned.id)?.values() ?? []) {
					if (!seen.has(answer.questionId)) {
						seen.add(answer.questionId);
						ids.push(answer.questionId);
					}
					const kind = answer.value?.kind;
					if (kind === 'choice' || kind === 'evidence' || answer.firstTryCorrect !== undefined)
						checked.add(answer.questionId);
				}
			}
			for (const id of assigned.required) {
				if (!seen.has(id)) {
					seen.add(id);
					ids.push(id);
				}
			}
			ids.forEach((questionId, q) => {
				columns.push({
					lessonId: assigned.id,
					lessonTitle: title,
					lessonNumber: number,
					questionId,
					questionNumber: q + 1,
					label: `L${number}·Q${q + 1}`,
					prompt: `question ${q + 1}`,
					kind: null,
					question: undefined,
					required: required.has(questionId),
					autoChecked: checked.has(questionId)
				});
			});
		}
		reviewLessons.push({
			id: assigned.id,
			title,
			number,
			available: copy !== undefined,
			start,
			count: columns.length - start
		});
	});

	const flags = identityFlags(submissions);
	const rows = submissions.map((submission, s): ReviewRow => {
		const byLesson = handedIn[s]!;
		const cells = columns.map((column): ReviewCell => {
			const answer = byLesson.get(column.lessonId)?.get(column.questionId);
			const value = answer?.value;
			if (column.question) {
				const result = grade(column.question, value);
				return {
					value,
					status: result.status,
					autoChecked: result.autoChecked,
					firstTryCorrect: result.firstTryCorrect,
					regraded: true,
					...(result.earlierVersion && { earlierVersion: true })
				};
			}
			return {
				value,
				status: answer?.status ?? 'unanswered',
				autoChecked: column.autoChecked,
				firstTryCorrect: answer?.firstTryCorrect,
				regraded: false
			};
		});
		const totals: RowTotals = {
			required: 0,
			requiredAnswered: 0,
			questions: columns.length,
			answered: 0,
			checked: 0,
			rightFirstTry: 0
		};
		cells.forEach((cell, c) => {
			const answered = isAnswered(cell.status);
			if (answered) totals.answered++;
			if (columns[c]!.required) {
				totals.required++;
				if (answered) totals.requiredAnswered++;
			}
			if (cell.autoChecked) {
				totals.checked++;
				if (cell.firstTryCorrect) totals.rightFirstTry++;
			}
		});
		const file = submission.file;
		const name = shownName(submission) || submission.studentKey;
		return {
			submissionId: submission.id,
			name,
			...(name !== file.student.name.trim() && { handedInAs: file.student.name }),
			identity: (flags.get(submission.id) ?? []).map(({ kind, message }) => ({ kind, message })),
			handedInAt: file.handedInAt,
			version: file.assignment.version,
			outdated: file.assignment.version < spec.version,
			late: isLate(file.handedInAt, spec.due),
			importedAt: submission.importedAt,
			warnings: [...submission.warnings],
			cells,
			totals
		};
	});
	rows.sort(compareRows);

	const columnTotals = columns.map((_, c): ColumnTotals => {
		const totals: ColumnTotals = { answered: 0, rightFirstTry: 0, rightNow: 0 };
		for (const row of rows) {
			const cell = row.cells[c]!;
			if (isAnswered(cell.status)) totals.answered++;
			if (cell.autoChecked && cell.firstTryCorrect) totals.rightFirstTry++;
			if (cell.autoChecked && cell.status === 'correct') totals.rightNow++;
		}
		return totals;
	});

	return { spec, lessons: reviewLessons, columns, rows, columnTotals, accountNames };
}
