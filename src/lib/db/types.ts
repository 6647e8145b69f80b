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
	name: string;
	colour?: string;
	emoji?: string;
	createdAt: number;
};

/** What a student gave for one question; the shape follows the question's kind. */
export type AnswerValue =
	| { kind: 'text'; text: string }
	| { kind: 'choice'; choice: number; firstChoice: number; attempts: number }
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

/** A student's hand-in as the teacher imported it; one row per student and assignment. */
export type Submission = {
	// `${assignmentId}/${studentKey}`
	id: string;
	assignmentId: string;
	// the student's name, trimmed and lower-cased: a later hand-in by the same name replaces this
	studentKey: string;
	file: SubmissionFile;
	importedAt: number;
	// e.g. a lesson the student had in another version than the teacher
	warnings: string[];
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
};
export type Setting = { key: string; value: unknown };
