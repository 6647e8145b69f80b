// The teacher's review of one assignment's hand-ins: students × questions, re-graded with the
// teacher's own copy of each lesson. Pure: no database, no DOM.
import { identityFlags, shownName } from '$lib/model/student-key';
import type { AssignmentSpec, SubmittedAnswer } from '$lib/model';
import type { CompiledLesson, QuestionKind } from '$lib/content/model';
import type { Submission } from '$lib/db/types';
import { m } from '$lib/paraglide/messages';
import { grade } from '$lib/questions/grading';
import type {
	Review,
	ReviewCell,
	ReviewColumn,
	ReviewLesson,
	ReviewRow,
	RowTotals,
	ColumnTotals
} from './review-types';
import { isAnswered } from './cell-status';
import { hiddenByAssignment } from '../hidden-comments';

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
					label: m.review_column_label({ lesson: number, question: q + 1 }),
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
					label: m.review_column_label({ lesson: number, question: q + 1 }),
					prompt: m.review_unknown_prompt({ number: q + 1 }),
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
			totals,
			annotations: file.lessons.flatMap((lesson) =>
				(lesson.annotations ?? []).map((mark) => ({
					...mark,
					lessonId: lesson.id,
					lessonTitle: lesson.title
				}))
			)
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
