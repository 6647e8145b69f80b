// The shape of a teacher's review of one assignment: lessons, columns, rows, cells and totals.
import type { IdentityFlag } from '$lib/model/student-key';
import type { AssignmentSpec, SubmittedAnnotation } from '$lib/model';
import type { AnswerValue } from '$lib/db/types';
import type { QuestionStatus } from '$lib/questions/grading';
import type { CompiledQuestion, QuestionKind } from '$lib/content/model';

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
	// the student's highlights and notes (hand-ins of version 4), lesson by lesson
	annotations: ReviewAnnotation[];
};

/** A highlight or note as handed in, with the lesson it is on. */
export type ReviewAnnotation = SubmittedAnnotation & { lessonId: string; lessonTitle: string };

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
