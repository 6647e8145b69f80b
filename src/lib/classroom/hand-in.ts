import { APP_VERSION } from '$lib/app-version';
import { getProfile, type ParallaxDb, type ReceivedAssignment } from '$lib/db';
import { readStudentWork } from '$lib/db/received/received-repo';
import { annotationsOf } from '$lib/db/annotations/annotations-repo';
import { grade, scoreLesson } from '$lib/questions/grading';
import { handInNameProblem } from '$lib/model/student-key';
import { m } from '$lib/paraglide/messages';
import { sealSubmission, submissionFileName } from './submission';
import {
	SUBMISSION_FORMAT,
	SUBMISSION_VERSION,
	type SubmissionFile,
	type SubmittedLesson
} from '$lib/model';

/**
 * Everything a profile wrote for an assignment, sealed with its checksum, ready to hand in: under
 * the name the student gave (see handInNameProblem) and the profile's uid, which tells this
 * student's hand-ins from any other tablet's.
 */
export async function buildHandIn(
	db: ParallaxDb,
	received: ReceivedAssignment,
	studentName: string,
	now = new Date()
): Promise<{ submission: SubmissionFile; file: File }> {
	const problem = handInNameProblem(studentName);
	if (problem) throw new Error(problem);
	const profile = await getProfile(db, received.profileId);
	if (!profile?.uid) throw new Error(m.handin_profile_gone());
	const lessonIds = received.spec.lessons.map((l) => l.id);
	const { stored, answers } = await readStudentWork(db, received.profileId, lessonIds);
	const marks = await annotationsOf(db, received.profileId);
	const lessons = lessonIds.map((id): SubmittedLesson => {
		const row = stored.find((s) => s.id === id);
		const mine = answers.filter((a) => a.lessonId === id);
		const values = new Map(mine.map((a) => [a.questionId, a.value]));
		const questions = new Map(row?.lesson.questions.map((q) => [q.id, q]));
		return {
			id,
			hash: row?.hash ?? '',
			title: row?.lesson.title ?? id,
			score: row
				? scoreLesson(row.lesson, values)
				: { questions: 0, answered: 0, autoChecked: 0, correctFirstTry: 0, correctNow: 0 },
			answers: mine.map((answer) => {
				const question = questions.get(answer.questionId);
				const result = question ? grade(question, answer.value) : undefined;
				return {
					questionId: answer.questionId,
					value: answer.value,
					updatedAt: answer.updatedAt,
					status: result?.status ?? 'answered',
					...(result?.firstTryCorrect !== undefined && { firstTryCorrect: result.firstTryCorrect })
				};
			}),
			annotations: marks
				.filter((mark) => mark.lessonId === id)
				.map(({ profileId: _profile, lessonId: _lesson, ...mark }) => mark)
		};
	});
	const submission = await sealSubmission({
		format: SUBMISSION_FORMAT,
		version: SUBMISSION_VERSION,
		app: APP_VERSION,
		assignment: {
			id: received.spec.id,
			version: received.spec.version,
			title: received.spec.title
		},
		student: { name: studentName.trim(), profileId: profile.uid },
		handedInAt: now.toISOString(),
		lessons
	});
	const name = submissionFileName(studentName.trim(), received.spec.title, now);
	const file = new File([JSON.stringify(submission, null, 1)], name, { type: 'application/json' });
	return { submission, file };
}
