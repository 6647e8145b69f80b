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

export type Assignment = { id: string; data: unknown; createdAt: number; archived?: boolean };
export type Submission = { id: string; assignmentId: string; data: unknown; importedAt: number };
export type Setting = { key: string; value: unknown };
