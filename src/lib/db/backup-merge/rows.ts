/** Picking rows out of a backup file, which may have been edited by hand. */

// a hand-edited file may hold one row twice: only its newest counts (ranks compared in order)
export function newestBy<T>(
	items: T[],
	key: (item: T) => string,
	rank: (item: T) => number[]
): T[] {
	const newest = new Map<string, T>();
	const later = (a: number[], b: number[]) => {
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
		return false;
	};
	for (const item of items) {
		const k = key(item);
		const seen = newest.get(k);
		if (!seen || later(rank(item), rank(seen))) newest.set(k, item);
	}
	return [...newest.values()];
}

/** The first row of each key. */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const k = key(item);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** The incoming rows this device lacks, and those newer than its copy (`existing`, in order). */
export function newOrNewer<T>(
	incoming: T[],
	existing: (T | undefined)[],
	isNewer: (row: T, current: T) => boolean
): { added: T[]; updated: { row: T; current: T }[] } {
	const added: T[] = [];
	const updated: { row: T; current: T }[] = [];
	incoming.forEach((row, i) => {
		const current = existing[i];
		if (!current) added.push(row);
		else if (isNewer(row, current)) updated.push({ row, current });
	});
	return { added, updated };
}
