import type * as z from 'zod/mini';

/** One thing wrong with the content, precise enough to fix without hunting. */
export type Problem = { file: string; line?: number; field: string; message: string };

export class Problems {
	readonly list: Problem[] = [];

	add(problem: Problem): void {
		this.list.push(problem);
	}

	get count(): number {
		return this.list.length;
	}
}

export function formatProblem({ file, line, field, message }: Problem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	return field ? `${where}  ${field}: ${message}` : `${where}  ${message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, key) => {
		if (typeof key === 'number') return `${acc}[${key}]`;
		return acc ? `${acc}.${String(key)}` : String(key);
	}, '');
}

/** zod/mini ships no messages; say what was expected in words an author understands. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_type':
			return value === undefined
				? `is required (expected ${issue.expected})`
				: `expected ${issue.expected}, got ${describeValue(value)}`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`;
		case 'invalid_union':
			if ('discriminator' in issue && issue.discriminator) {
				const options = (issue as { options?: unknown[] }).options ?? [];
				return `expected ${issue.discriminator} to be one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${describeValue(value)}`;
			}
			return `does not match any allowed shape (got ${describeValue(value)})`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
		case 'too_small':
			return issue.origin === 'array'
				? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
				: issue.message !== 'Invalid input'
					? `expected ${issue.message}`
					: `is too short`;
		case 'invalid_format':
			return `expected ${issue.message}, got ${describeValue(value)}`;
		default:
			return issue.message;
	}
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	const shown = JSON.stringify(value);
	return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
}
