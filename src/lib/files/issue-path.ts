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
