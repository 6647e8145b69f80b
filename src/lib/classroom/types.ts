import type { AnswerValue } from '$lib/db/types';
import type { LessonScore, QuestionStatus } from '$lib/questions/grading';

/** One lesson in an assignment, as the teacher chose it. */
export type AssignedLesson = {
	id: string;
	// the first 12 hex digits of the pack hash the teacher had, to warn on a different version
	hash: string;
	// ids of the questions the student must answer before handing in
	required: string[];
};

/** What a teacher assigns. It travels whole in the link's fragment, so no server is needed. */
export type AssignmentSpec = {
	// random, made on the teacher's device; stays the same across edits
	id: string;
	// 1 for the first link, +1 for every edit (a new version of the link)
	version: number;
	title: string;
	instructions: string;
	// YYYY-MM-DD, or null when there is no due date
	due: string | null;
	lessons: AssignedLesson[];
	hideComments: boolean;
};

/** One answer as it is handed in, with how it stood when handed in. */
export type SubmittedAnswer = {
	questionId: string;
	value: AnswerValue;
	updatedAt: number;
	status: QuestionStatus;
	firstTryCorrect?: boolean;
};

export type SubmittedLesson = {
	id: string;
	// the full pack hash on the student's device ('' when it was not downloaded)
	hash: string;
	title: string;
	score: LessonScore;
	answers: SubmittedAnswer[];
};

export const SUBMISSION_FORMAT = 'parallax-submission';
/**
 * Raised when the file's shape or meaning changes; an app refuses versions newer than its own.
 * 2: a multiple-choice answer records option ids; version 1 recorded positions, and is still read
 * (into the version 2 shape, its checksum kept as the file's own).
 * 3: `student.profileId` is the profile's random, stable `uid` and `student.name` the name the
 * student gave (never the device's default "Me"); in version 2 every fresh tablet handed in as
 * `device`, so those files are told apart by name alone.
 */
export const SUBMISSION_VERSION = 3;
/** The first version whose `student.profileId` tells one student's profile from another's. */
export const IDENTIFIED_SUBMISSION_VERSION = 3;
/** The oldest hand-in version this app still reads. */
export const OLDEST_SUBMISSION_VERSION = 1;
// a class's hand-in is a few KB; anything this big is the wrong file
export const MAX_SUBMISSION_BYTES = 5 * 1024 * 1024;

/** A student's hand-in file. `checksum` is SHA-256 over the canonical JSON of everything else. */
export type SubmissionFile = {
	format: typeof SUBMISSION_FORMAT;
	// 2 for a file from before identifiers (version 1 is read into the version 2 shape)
	version: 2 | typeof SUBMISSION_VERSION;
	// the app version that wrote it, e.g. 0.1.0
	app: string;
	assignment: { id: string; version: number; title: string };
	// profileId: the profile's uid from version 3 on
	student: { name: string; profileId: string };
	// ISO 8601
	handedInAt: string;
	lessons: SubmittedLesson[];
	checksum: string;
};
