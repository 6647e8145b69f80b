import { describeValue, isObject, megabytes, shortText } from './describe';
import type { JsonProblem } from './parse-json';
import type { UntrustedKind } from './untrusted-kind';

// Why a file is refused, in words a student or teacher can act on.

type Kind = Omit<UntrustedKind<unknown>, 'schemaOf'>;

export function problemWords(problem: JsonProblem, kind: Kind): string {
	switch (problem.kind) {
		case 'too-big':
			return `This file is ${megabytes(problem.bytes)} MB; ${kind.aNoun} is never over ${megabytes(kind.maxBytes)} MB, so this is not ${kind.aNoun} file.`;
		case 'empty':
			return `This file is empty: it holds no ${kind.noun}. ${kind.again}`;
		case 'binary':
			return `This file is not a text file (is it a photo or a document?), so it is not a Parallax ${kind.noun}.`;
		case 'too-deep':
			return `This file is too deeply nested (more than ${kind.maxDepth} levels) to be a Parallax ${kind.noun}.`;
		case 'cut-off':
			return `The file is damaged or incomplete: it is cut off before the ${kind.noun} ends. ${kind.again}`;
		case 'not-json': {
			const where = problem.place
				? ` at line ${problem.place.line}, column ${problem.place.column}`
				: '';
			return `This file is damaged: it is not valid JSON${where}, so it is not ${kind.aNoun} that can be read. ${kind.again}`;
		}
	}
}

/** Undefined when the value says it is this kind of file; otherwise what it is instead. */
export function formatWords(value: unknown, kind: Kind): string | undefined {
	if (!isObject(value)) {
		return `This file is not a Parallax ${kind.noun}: it holds ${describeValue(value)}, not ${kind.aNoun}.`;
	}
	const { format } = value;
	if (format === kind.format) return undefined;
	if (typeof format === 'string' && kind.otherFormats?.[format]) return kind.otherFormats[format];
	if (typeof format === 'string' && format.startsWith('parallax-')) {
		return `This is a different kind of Parallax file ("${shortText(format)}"), not ${kind.aNoun}.`;
	}
	return `This file is not a Parallax ${kind.noun}: it does not say it is one.`;
}

/** Undefined when the version is one this app reads; otherwise why it cannot be. */
export function versionWords(version: unknown, kind: Kind): string | undefined {
	const whole = typeof version === 'number' && Number.isInteger(version);
	if (whole && version >= kind.oldest && version <= kind.newest) return undefined;
	if (version === undefined) {
		return `This ${kind.noun} does not say which version it is, so it cannot be read safely. The file may be damaged.`;
	}
	if (whole && version > kind.newest) {
		return `This ${kind.noun} was made with a newer version of Parallax (${kind.noun} version ${version}); this app reads version ${kind.newest}. Update the app, then ${kind.retry}.`;
	}
	if (whole && version >= 0) {
		return `This ${kind.noun} was made by an older version of Parallax (${kind.noun} version ${version}) that this app can no longer read.`;
	}
	return `This ${kind.noun} has an invalid version (${describeValue(version)}); this app reads version ${kind.newest}. The file may be damaged.`;
}
