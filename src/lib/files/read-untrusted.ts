import { m } from '$lib/paraglide/messages';
import { describeValue } from './describe';
import { describeIssues } from './issue-path';
import { parseUntrustedJson } from './parse-json';
import { formatWords, problemWords, refuse, versionWords, type Refusal } from './refusal-words';
import { decodeText } from './text-bytes';
import type { FileKind, UntrustedKind } from './untrusted-kind';

export { refuse, type Refusal } from './refusal-words';

// The one way the app reads a file from outside (a backup, a hand-in): size, UTF-8 text, nesting
// depth, JSON with where it broke, cut-off files, format and version, then the schema; every
// refusal worded for the person holding the file, in the interface's language, with what exactly
// is wrong in `problems` (English, for whoever fixes the file). Never throws.

export type UntrustedRead<T> = { ok: true; value: T; version: number; json: unknown } | Refusal;

// enough to find and fix the problems without burying the message
const PROBLEMS_SHOWN = 3;

// the file's root in the English list of problems
const WHOLE: Record<FileKind, string> = {
	backup: 'the backup',
	handin: 'the hand-in',
	lessonfile: 'the lesson file',
	assignmentfile: 'the assignment file'
};

/** Reads a chosen file; an oversized one is refused before it is read at all. */
export async function readUntrustedFile<T>(
	file: Blob,
	kind: UntrustedKind<T>
): Promise<UntrustedRead<T>> {
	try {
		if (file.size > kind.maxBytes) {
			return refuse(problemWords({ kind: 'too-big', bytes: file.size }, kind));
		}
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			// e.g. the file was moved or changed on disk after it was chosen
			return refuse(m.files_unreadable());
		}
		const decoded = decodeText(bytes);
		if (!decoded.ok) return refuse(problemWords({ kind: decoded.problem }, kind));
		return readUntrustedText(decoded.text, kind);
	} catch {
		return unexpected();
	}
}

/** Checks a file's text, from its size to its schema. */
export function readUntrustedText<T>(text: string, kind: UntrustedKind<T>): UntrustedRead<T> {
	try {
		const parsed = parseUntrustedJson(text, kind);
		if (!parsed.ok) return refuse(problemWords(parsed.problem, kind));
		const json = parsed.value;
		const version = (json as { version?: unknown } | null)?.version;
		const wrongKind = formatWords(json, kind) ?? versionWords(version, kind);
		if (wrongKind) return wrongKind;
		const result = kind.schemaOf(version as number).safeParse(json);
		if (!result.success) {
			const problems = describeIssues(result.error.issues, json, {
				shown: PROBLEMS_SHOWN,
				whole: WHOLE[kind.file],
				describeValue
			});
			return refuse(m.files_data_wrong({ kind: kind.file }), problems);
		}
		return { ok: true, value: result.data, version: version as number, json };
	} catch {
		return unexpected();
	}
}

// a bug's own message is developer text; the person holding the file gets something to do
function unexpected(): Refusal {
	return refuse(m.files_unchecked());
}
