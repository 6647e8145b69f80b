import { describeValue } from './describe';
import { describeIssueList } from './issue-path';
import { parseUntrustedJson } from './parse-json';
import { formatWords, problemWords, versionWords } from './refusal-words';
import { decodeText } from './text-bytes';
import type { UntrustedKind } from './untrusted-kind';

// The one way the app reads a file from outside (a backup, a hand-in): size, UTF-8 text, nesting
// depth, JSON with where it broke, cut-off files, format and version, then the schema; every
// refusal worded for the person holding the file. Never throws.

export type UntrustedRead<T> =
	{ ok: true; value: T; version: number; json: unknown } | { ok: false; reason: string };

// enough to find and fix the problems without burying the message
const PROBLEMS_SHOWN = 3;

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
			return refuse('The file could not be read. Choose it again and retry.');
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
		if (wrongKind) return refuse(wrongKind);
		const result = kind.schemaOf(version as number).safeParse(json);
		if (!result.success) {
			const list = describeIssueList(result.error.issues, json, {
				shown: PROBLEMS_SHOWN,
				whole: `the ${kind.noun}`,
				describeValue
			});
			return refuse(
				`This file looks like a Parallax ${kind.noun}, but some of its data is wrong: ${list}.`
			);
		}
		return { ok: true, value: result.data, version: version as number, json };
	} catch {
		return unexpected();
	}
}

export function refuse(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}

// a bug's own message is developer text; the person holding the file gets something to do
function unexpected(): { ok: false; reason: string } {
	return refuse('The file could not be checked. Choose it again and retry.');
}
