import { type AnswerValue, type ParallaxDb } from '$lib/db';
import { readStudentWork } from '$lib/db/received/received-repo';
import type { CompiledLesson } from '$lib/content/model';
import type { StudentWork } from './standing';

/** A profile's lessons and answers for the given lessons, shaped for `standingOf`. */
export async function loadStudentWork(
	db: ParallaxDb,
	profileId: string,
	lessonIds: readonly string[]
): Promise<StudentWork> {
	const { stored, answers } = await readStudentWork(db, profileId, lessonIds);
	const lessons = new Map<string, { lesson: CompiledLesson; hash: string }>();
	for (const row of stored) lessons.set(row.id, { lesson: row.lesson, hash: row.hash });
	const byLesson = new Map<string, Map<string, AnswerValue>>();
	const lastChange = new Map<string, number>();
	for (const answer of answers) {
		let values = byLesson.get(answer.lessonId);
		if (!values) byLesson.set(answer.lessonId, (values = new Map()));
		values.set(answer.questionId, answer.value);
		lastChange.set(
			answer.lessonId,
			Math.max(lastChange.get(answer.lessonId) ?? 0, answer.updatedAt)
		);
	}
	return { lessons, answers: byLesson, lastChange };
}
