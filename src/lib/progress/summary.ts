import type { CompiledLesson } from '$lib/content/model';
import type { Answer, Progress } from '$lib/db/types';
import { scoreLesson, type LessonScore } from '$lib/questions/grading';

/** Where one profile stands in one lesson. */
export type LessonProgress = {
	lessonId: string;
	accounts: number;
	accountsRead: number;
	score: LessonScore;
	// last time anything was read, answered or marked (0: never opened)
	updatedAt: number;
};

export function summarizeLesson(
	lesson: CompiledLesson,
	progress: Progress | undefined,
	answers: Answer[]
): LessonProgress {
	const values = new Map(answers.map((a) => [a.questionId, a.value]));
	const read = progress?.read ?? {};
	return {
		lessonId: lesson.id,
		accounts: lesson.perspectives.length,
		accountsRead: lesson.perspectives.filter((id) => read[id]).length,
		score: scoreLesson(lesson, values),
		updatedAt: Math.max(progress?.updatedAt ?? 0, ...answers.map((a) => a.updatedAt))
	};
}

/** Every stored lesson's progress for one profile, by lesson id. */
export function summarizeWork(
	lessons: CompiledLesson[],
	work: { progress: Progress[]; answers: Answer[] }
): Map<string, LessonProgress> {
	const progress = new Map(work.progress.map((p) => [p.lessonId, p]));
	const answers = new Map<string, Answer[]>();
	for (const answer of work.answers) {
		answers.set(answer.lessonId, [...(answers.get(answer.lessonId) ?? []), answer]);
	}
	return new Map(
		lessons.map((lesson) => [
			lesson.id,
			summarizeLesson(lesson, progress.get(lesson.id), answers.get(lesson.id) ?? [])
		])
	);
}

export const isFinished = (p: LessonProgress) =>
	p.accountsRead === p.accounts && p.score.answered === p.score.questions;

/** The lesson to offer as "Continue where you left off": the latest one touched and not done. */
export function lessonToContinue(all: Iterable<LessonProgress>): LessonProgress | undefined {
	let best: LessonProgress | undefined;
	for (const p of all) {
		if (p.updatedAt === 0 || isFinished(p)) continue;
		if (!best || p.updatedAt > best.updatedAt) best = p;
	}
	return best;
}
