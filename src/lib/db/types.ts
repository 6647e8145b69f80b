import type { AssignmentSpec, SubmissionFile } from '$lib/classroom/types';
import type {
	CatalogEntry,
	CompiledLesson,
	CompiledSource,
	GlossaryEntry
} from '$lib/content/model';

/** The latest catalog seen; `removed` marks a lesson the catalog dropped but this device keeps. */
export type CatalogRow = CatalogEntry & { removed?: boolean };

/** A downloaded lesson; its sources live in their own table, written in the same transaction. */
export type StoredLesson = {
	id: string;
	hash: string;
	lesson: CompiledLesson;
	glossary: GlossaryEntry[];
	sourceIds: string[];
	bytes: number;
	savedAt: number;
};

export type StoredSource = CompiledSource & { lessonId: string };

export type Profile = {
	id: string;
	// random and stable, made when the profile is (v5 gave older ones theirs): a hand-in carries it,
	// so two tablets' "Me" are never the same student; a backup carries it to a new device
	uid: string;
	name: string;
	colour?: string;
	emoji?: string;
	createdAt: number;
};

/**
 * What a student gave for one question; the shape follows the question's kind. A choice records
 * option ids (`optionId` of the option's text), never positions: options are shuffled per profile.
 * An answer from before ids (schema v3, backup and hand-in version 1) that could not be matched
 * to its option's text holds a marker such as `legacy-2` (see questions/choice-answer.ts).
 */
export type AnswerValue =
	| { kind: 'text'; text: string }
	| { kind: 'choice'; choice: string; firstChoice: string; attempts: number }
	| { kind: 'evidence'; blockId: string; firstBlockId: string; attempts: number }
	| { kind: 'compare'; texts: Record<string, string> };

export type Answer = {
	profileId: string;
	lessonId: string;
	questionId: string;
	value: AnswerValue;
	updatedAt: number;
};

export type Progress = {
	profileId: string;
	lessonId: string;
	// source id → true once read to the end or marked read
	read: Record<string, boolean>;
	// source id → last scroll position (block id) to reopen where the student was
	position: Record<string, string>;
	updatedAt: number;
};

/** An assignment the teacher made on this device; each edit bumps `spec.version`. */
export type Assignment = {
	id: string;
	spec: AssignmentSpec;
	createdAt: number;
	updatedAt: number;
	// 1 when archived: IndexedDB cannot index booleans
	archived: 0 | 1;
};

/**
 * A hand-in as the teacher imported it: one row per file (v5), so a replaced hand-in is kept and
 * Undo can restore it. The current hand-ins of an assignment are the rows without `replaced`.
 */
export type Submission = {
	// `${assignmentId}/${file.checksum}`: the same file twice is one row
	id: string;
	assignmentId: string;
	// who handed it in (classroom/student-key.ts): the profile's uid and the name given, or, for a
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

/** An assignment a profile received through a link, with where the student stands. */
export type ReceivedAssignment = {
	profileId: string;
	assignmentId: string;
	spec: AssignmentSpec;
	receivedAt: number;
	// when this profile last handed it in, and which version of the assignment that was
	handedInAt?: number;
	handedInVersion?: number;
	// the name the student gave when handing in, offered again next time
	studentName?: string;
};
export type Setting = { key: string; value: unknown };

/**
 * The option texts of one version of a lesson from before option ids (pack format 1), kept by the
 * v4 upgrade: a hand-in made against that version (its pack hash) still resolves to option ids.
 */
export type OldChoices = {
	hash: string;
	lessonId: string;
	// question id → option texts in their old order
	questions: Record<string, string[]>;
};
