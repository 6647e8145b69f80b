/**
 * One spelling of a JSON value, whatever order its keys were written in, so the same data always
 * hashes the same. Keys are sorted (recursively), there is no whitespace, arrays keep their order;
 * like JSON.stringify, `undefined` and function members are dropped (and become null in arrays).
 */
export function canonicalJson(value: unknown): string {
	const json = toJson(value);
	if (Array.isArray(json)) {
		return `[${json.map((item) => (isDropped(item) ? 'null' : canonicalJson(item))).join(',')}]`;
	}
	if (typeof json === 'object' && json !== null) {
		const record = json as Record<string, unknown>;
		const members = Object.keys(record)
			.sort()
			.filter((key) => !isDropped(record[key]))
			.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
		return `{${members.join(',')}}`;
	}
	// a bare undefined has no JSON spelling; null keeps the result a string
	return JSON.stringify(json) ?? 'null';
}

// as JSON.stringify does: a Date (or anything with toJSON) is written as what toJSON gives
function toJson(value: unknown): unknown {
	const withToJson = value as { toJSON?: unknown } | null | undefined;
	return typeof withToJson?.toJSON === 'function'
		? (withToJson.toJSON as () => unknown).call(value)
		: value;
}

function isDropped(value: unknown): boolean {
	return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
