// A student's hand-in file, and the row a teacher's device keeps for each one imported.
import type { Annotation } from './annotation';
import type { AnswerValue, LessonScore, QuestionStatus } from './answers';

/** One answer as it is handed in, with how it stood when handed in. */
export type SubmittedAnswer = {
	questionId: string;
	value: AnswerValue;
	updatedAt: number;
	status: QuestionStatus;
	firstTryCorrect?: boolean;
};

/** A highlight or note as it is handed in: under its lesson, by the student the file names. */
export type SubmittedAnnotation = Omit<Annotation, 'profileId' | 'lessonId'>;

export type SubmittedLesson = {
	id: string;
	// the full pack hash on the student's device ('' when it was not downloaded)
	hash: string;
	title: string;
	score: LessonScore;
	answers: SubmittedAnswer[];
	// the student's highlights and notes on the lesson (version 4; none before)
	annotations?: SubmittedAnnotation[];
};

export const SUBMISSION_FORMAT = 'parallax-submission';
/**
 * Raised when the file's shape or meaning changes; an app refuses versions newer than its own.
 * 2: a multiple-choice answer records option ids; version 1 recorded positions, and is still read
 * (into the version 2 shape, its checksum kept as the file's own).
 * 3: `student.profileId` is the profile's random, stable `uid` and `student.name` the name the
 * student gave (never the device's default "Me"); in version 2 every fresh tablet handed in as
 * `device`, so those files are told apart by name alone.
 * 4: each lesson carries the student's highlights and notes (`annotations`); 2 and 3 still read.
 */
export const SUBMISSION_VERSION = 4;
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
	version: 2 | 3 | typeof SUBMISSION_VERSION;
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

/**
 * A hand-in as the teacher imported it: one row per file (v5), so a replaced hand-in is kept and
 * Undo can restore it. The current hand-ins of an assignment are the rows without `replaced`.
 */
export type Submission = {
	// `${assignmentId}/${file.checksum}`: the same file twice is one row
	id: string;
	assignmentId: string;
	// who handed it in (model/student-key.ts): the profile's uid and the name given, or, for a
	// file from before hand-in version 3, the name alone; a later hand-in replaces an earlier one
	// only when their keys match
	studentKey: string;
	file: SubmissionFile;
	importedAt: number;
	// e.g. a lesson the student had in another version than the teacher
	warnings: string[];
	// set when a later hand-in took its place, the teacher merged it into another student's, or
	// Undo set it aside for the one it had replaced (Undo on it brings it back)
	replaced?: { by: string; at: number; merged?: true; undone?: true };
	// the teacher's name for this student, shown instead of the file's (kept by later hand-ins)
	label?: string;
	// the keys of hand-ins the teacher merged into this one: their later hand-ins replace it too
	aliases?: string[];
};
