import { formatCount } from '$lib/i18n/numbers';
import { m } from '$lib/paraglide/messages';
import { describeValue, isObject, megabytes, shortText } from './describe';
import type { JsonProblem } from './parse-json';
import type { UntrustedKind } from './untrusted-kind';

// Why a file is refused, in words a student or teacher can act on, in the interface's language;
// `problems` are the technical details for whoever fixes the file, in English.

type Kind = Omit<UntrustedKind<unknown>, 'schemaOf'>;

export type Refusal = { ok: false; reason: string; problems: string[] };

export function refuse(reason: string, problems: string[] = []): Refusal {
	return { ok: false, reason, problems };
}

export function problemWords(problem: JsonProblem, { file: kind, ...limits }: Kind): string {
	switch (problem.kind) {
		case 'too-big':
			return m.files_too_big({
				kind,
				size: formatCount(megabytes(problem.bytes)),
				max: formatCount(megabytes(limits.maxBytes))
			});
		case 'empty':
			return m.files_empty({ kind });
		case 'binary':
			return m.files_binary({ kind });
		case 'too-deep':
			return m.files_too_deep({ kind, levels: formatCount(limits.maxDepth) });
		case 'cut-off':
			return m.files_cut_off({ kind });
		case 'not-json': {
			const place = problem.place;
			if (!place) return m.files_not_json({ kind });
			const [line, column] = [formatCount(place.line), formatCount(place.column)];
			return m.files_not_json_at({ kind, line, column });
		}
	}
}

/** Undefined when the value says it is this kind of file; otherwise what it is instead. */
export function formatWords(value: unknown, kind: Kind): Refusal | undefined {
	if (!isObject(value)) {
		return refuse(m.files_not_object({ kind: kind.file }), [
			`the file holds ${describeValue(value)}`
		]);
	}
	const { format } = value;
	if (format === kind.format) return undefined;
	if (typeof format === 'string' && kind.otherFormats?.[format]) {
		return refuse(kind.otherFormats[format]);
	}
	if (typeof format === 'string' && format.startsWith('parallax-')) {
		return refuse(m.files_other_parallax({ kind: kind.file, format: shortText(format) }));
	}
	return refuse(m.files_no_format({ kind: kind.file }));
}

/** Undefined when the version is one this app reads; otherwise why it cannot be. */
export function versionWords(
	version: unknown,
	{ file: kind, ...known }: Kind
): Refusal | undefined {
	const whole = typeof version === 'number' && Number.isInteger(version);
	if (whole && version >= known.oldest && version <= known.newest) return undefined;
	const newest = formatCount(known.newest);
	if (version === undefined) return refuse(m.files_no_version({ kind }));
	if (whole && version > known.newest) {
		return refuse(m.files_newer_version({ kind, version: formatCount(version), newest }));
	}
	if (whole && version >= 0) {
		return refuse(m.files_older_version({ kind, version: formatCount(version) }));
	}
	return refuse(m.files_invalid_version({ kind, newest }), [`version: ${describeValue(version)}`]);
}
