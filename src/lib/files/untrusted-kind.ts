import type * as z from 'zod/mini';

/** One kind of file the app reads from outside (a backup, a hand-in), and how to word it. */
export type UntrustedKind<T> = {
	/** what the file is called in messages: "backup", "hand-in" */
	noun: string;
	/** the noun with its article: "a backup", "a hand-in" */
	aNoun: string;
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
	/** what to do about a damaged file: "Ask the student to hand in again." */
	again: string;
	/** what to do with a newer file once the app is updated: "open it again" */
	retry: string;
	/** refusals for other Parallax formats that deserve their own words, by format */
	otherFormats?: Readonly<Record<string, string>>;
};
