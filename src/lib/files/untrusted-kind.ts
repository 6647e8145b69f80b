import type * as z from 'zod/mini';

/** The kinds of file the app reads from outside; each refusal message has a variant for each. */
export type FileKind = 'backup' | 'handin' | 'lessonfile' | 'assignmentfile';

/** One kind of file the app reads from outside (a backup, a hand-in), and how to check it. */
export type UntrustedKind<T> = {
	/** which variant of each refusal message names this file */
	file: FileKind;
	/** the `format` field the file must carry */
	format: string;
	/** the versions this app reads */
	oldest: number;
	newest: number;
	maxBytes: number;
	/** deeper nesting than any real file has is refused before parsing */
	maxDepth: number;
	/** the schema of one version (oldest ≤ version ≤ newest), each message naming what it expects */
	schemaOf(version: number): z.ZodMiniType<T>;
	/** refusals for other Parallax formats that deserve their own words, by format (getters: worded
	 * when a file is refused, in the interface's language then) */
	otherFormats?: Readonly<Record<string, string>>;
};
