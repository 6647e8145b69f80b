// Where in a file a schema problem sits, in words a teacher (or support) can find in the file.

/** `answers[3].value.choice` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, key) => {
		if (typeof key === 'number') return `${acc}[${key}]`;
		return acc ? `${acc}.${String(key)}` : String(key);
	}, '');
}

/** The value at a path in parsed JSON, or undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/**
 * The first `shown` schema problems in words, one a line, "and N more" after them. `whole` names
 * the file when a problem sits at its root; `describeValue` says what was found instead.
 */
export function describeIssues(
	issues: readonly Issue[],
	data: unknown,
	{
		shown,
		whole,
		describeValue
	}: { shown: number; whole: string; describeValue(v: unknown): string }
): string[] {
	const described = issues.slice(0, shown).map((issue) => {
		const where = fieldPath(issue.path) || whole;
		const expected = issue.message === 'Invalid input' ? 'a value' : issue.message;
		const value = valueAt(data, issue.path);
		return value === undefined
			? `${where}: missing (expected ${expected})`
			: `${where}: expected ${expected}, got ${describeValue(value)}`;
	});
	const more = issues.length - shown;
	return more > 0 ? [...described, `and ${more} more`] : described;
}
