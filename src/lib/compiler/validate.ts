import type * as z from 'zod/mini';
import type { YamlData } from './front-matter';
import { Problems, describeIssue, fieldPath } from './problems';

/** Validates YAML data against a schema, reporting every issue with its field and line. */
export function validate<T>(
	schema: z.ZodMiniType<T>,
	yaml: YamlData,
	file: string,
	problems: Problems,
	basePath: (string | number)[] = []
): T | undefined {
	const result = schema.safeParse(yaml.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const path = [...basePath, ...issue.path];
		problems.add({
			file,
			line: yaml.lineOf(path),
			field: fieldPath(path) || '(file)',
			message: describeIssue(issue, valueAt(yaml.data, issue.path))
		});
	}
	return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}
