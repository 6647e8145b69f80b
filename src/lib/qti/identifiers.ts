// QTI identifiers are XML NCNames: a letter or underscore, then letters, digits, `.`, `-`, `_`.
// Lesson and question ids are slugs, which may start with a digit, so each gets a prefix.

/** An NCName from any text: other characters become `_`, and a prefix makes the start valid. */
export function ncName(prefix: string, text: string): string {
	const name = `${prefix}${text.replace(/[^A-Za-z0-9._-]/g, '_')}`;
	return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** Gives out names that are unique within one file (or package): a repeat gets `-2`, `-3`, …. */
export function uniqueNames(): (name: string) => string {
	const taken = new Set<string>();
	return (name) => {
		let unique = name;
		for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
		taken.add(unique);
		return unique;
	};
}
