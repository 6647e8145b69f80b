import type { CompiledLesson } from '$lib/content/model';
import type { AnswerValue, ReceivedAssignment } from '$lib/db/types';
import { m } from '$lib/paraglide/messages';
import { grade } from '$lib/questions/grading';
import { dueDate, formatDay } from './due';
import { dueLabel } from './due-label';
import { hiddenByAssignment } from './hidden-comments';

// the due date's wording lives on its own, for pages that need only that
export { dueLabel } from './due-label';

export type UnansweredQuestion = { id: string; number: number; prompt: string };

/** Where a student stands in one lesson of an assignment. */
export type LessonStanding = {
	lessonId: string;
	// the student's copy; undefined while the lesson is not on this device
	lesson: CompiledLesson | undefined;
	// the student's copy differs from the one the teacher assigned
	versionDiffers: boolean;
	requiredTotal: number;
	requiredAnswered: number;
	unanswered: UnansweredQuestion[];
};

export type AssignmentStanding = {
	lessons: LessonStanding[];
	requiredTotal: number;
	requiredAnswered: number;
	missingLessons: number;
	handedIn: boolean;
	// answers changed, or a new version arrived, after the last hand-in
	changedSinceHandIn: boolean;
	overdue: boolean;
};

export type StudentWork = {
	lessons: ReadonlyMap<string, { lesson: CompiledLesson; hash: string }>;
	// lesson id → question id → answer, with the time of the latest change per lesson
	answers: ReadonlyMap<string, ReadonlyMap<string, AnswerValue>>;
	lastChange: ReadonlyMap<string, number>;
};

const done = (status: string) => status !== 'unanswered' && status !== 'partial';

/** How far a profile is with an assignment: required questions answered, hand-in, due date. */
export function standingOf(
	received: ReceivedAssignment,
	work: StudentWork,
	today: string
): AssignmentStanding {
	const lessons = received.spec.lessons.map((assigned): LessonStanding => {
		const stored = work.lessons.get(assigned.id);
		const answers = work.answers.get(assigned.id) ?? new Map<string, AnswerValue>();
		const required = new Set(assigned.required);
		const unanswered: UnansweredQuestion[] = [];
		let requiredTotal = 0;
		// a question the assignment hides is not asked, even if an older spec listed it as required;
		// numbers follow the questions the student sees
		const asked = (stored?.lesson.questions ?? []).filter(
			(q) => !hiddenByAssignment(q, received.spec.hideComments)
		);
		asked.forEach((question, index) => {
			if (!required.has(question.id)) return;
			requiredTotal++;
			if (!done(grade(question, answers.get(question.id)).status)) {
				unanswered.push({ id: question.id, number: index + 1, prompt: question.prompt });
			}
		});
		return {
			lessonId: assigned.id,
			lesson: stored?.lesson,
			versionDiffers: stored !== undefined && !stored.hash.startsWith(assigned.hash),
			requiredTotal,
			requiredAnswered: requiredTotal - unanswered.length,
			unanswered
		};
	});
	const handedInAt = received.handedInAt;
	const lastChange = Math.max(
		0,
		...received.spec.lessons.map((l) => work.lastChange.get(l.id) ?? 0)
	);
	return {
		lessons,
		requiredTotal: lessons.reduce((sum, l) => sum + l.requiredTotal, 0),
		requiredAnswered: lessons.reduce((sum, l) => sum + l.requiredAnswered, 0),
		missingLessons: lessons.filter((l) => !l.lesson).length,
		handedIn: handedInAt !== undefined,
		changedSinceHandIn:
			handedInAt !== undefined &&
			(lastChange > handedInAt || received.handedInVersion !== received.spec.version),
		overdue: received.spec.due !== null && today > received.spec.due && handedInAt === undefined
	};
}

/** The due date, and whether it has passed with nothing handed in. */
export function dueStatusLabel(due: string | null, overdue: boolean): string {
	return due && overdue ? m.handin_due_overdue({ date: dueDate(due) }) : dueLabel(due);
}

/** One line for the library card and the assignment page. */
export function standingLabel(standing: AssignmentStanding, handedInAt?: number): string {
	if (standing.handedIn && handedInAt !== undefined) {
		const date = formatDay(new Date(handedInAt), { day: 'numeric', month: 'long' });
		return standing.changedSinceHandIn
			? m.handin_handed_in_changed({ date })
			: m.handin_handed_in({ date });
	}
	if (standing.missingLessons > 0) return m.handin_lessons_still_downloading();
	if (standing.requiredAnswered === 0) return m.handin_not_started();
	if (standing.requiredAnswered === standing.requiredTotal) return m.handin_ready();
	return m.handin_required_answered({
		answered: standing.requiredAnswered,
		total: standing.requiredTotal
	});
}

/** Today in the device's own calendar, as YYYY-MM-DD (due dates are calendar days). */
export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
