import type {
	CatalogEntry,
	CompiledLesson,
	CompiledSource,
	GlossaryEntry
} from '$lib/content/model';

/**
 * The latest catalog seen; `removed` marks a lesson the catalog dropped but this device keeps;
 * `origin: 'file'` a lesson that came from a lesson file, which the library's catalog leaves alone.
 */
export type CatalogRow = CatalogEntry & {
	removed?: boolean;
	/** a lesson from a lesson file (imported, or published on this device), not the library's */
	origin?: 'file';
	/** who made it, as its lesson file names them */
	madeBy?: string;
	/** published from this device's editor, not imported */
	madeHere?: boolean;
};

/** A lesson file as it was imported, kept so this device can pass the lesson on, offline too. */
export type StoredLessonFile = { id: string; text: string; storedAt: number };

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

// the domain's types, which the database stores: defined in the model, re-exported for its users
export type * from '$lib/model';
