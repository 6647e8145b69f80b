// A table's schema as a line of text, as Dexie wrote it (and so as every device's database was
// made): the primary key first, then the indexes; `[a+b]` is a compound key over a and b.

export type KeyPath = string | string[];
export type IndexSpec = { name: string; keyPath: KeyPath };
export type StoreSpec = { key: IndexSpec; indexes: IndexSpec[] };

/** The versions' table changes: a line per table, or null to delete the table. */
export type StoreChanges = Record<string, string | null>;

const keyPathOf = (name: string): KeyPath =>
	name.startsWith('[') ? name.slice(1, -1).split('+') : name;

export function parseStore(line: string): StoreSpec {
	const names = line
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const unsupported = names.find((name) => /^(\+\+|&|\*)/.test(name));
	// auto-increment, unique and multi-entry keys are not used here, so not supported
	if (unsupported) throw new Error(`Unsupported key "${unsupported}" in "${line}".`);
	const [key, ...indexes] = names.map((name) => ({ name, keyPath: keyPathOf(name) }));
	if (!key) throw new Error(`A table needs a primary key: "${line}".`);
	return { key, indexes };
}

/** Every table as it stands after the given changes, in order. */
export function schemaAfter(changes: StoreChanges[]): Map<string, StoreSpec> {
	const schema = new Map<string, StoreSpec>();
	for (const step of changes) {
		for (const [name, line] of Object.entries(step)) {
			if (line === null) schema.delete(name);
			else schema.set(name, parseStore(line));
		}
	}
	return schema;
}

/** The value a row holds at a key path (an array of values for a compound path). */
export function valueAt(row: unknown, keyPath: KeyPath): IDBValidKey {
	const field = (name: string) => (row as Record<string, IDBValidKey>)[name] as IDBValidKey;
	return Array.isArray(keyPath) ? keyPath.map(field) : field(keyPath);
}

export const sameKeyPath = (a: KeyPath | null, b: KeyPath) =>
	JSON.stringify(a) === JSON.stringify(b);
