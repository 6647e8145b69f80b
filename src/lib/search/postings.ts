// Each lesson's term → documents map, made from its term lines when a query first needs it and
// kept for the lessons queried most recently: finding a lesson's hits is then a few lookups.

/** Term → the number of each document it occurs in, once per occurrence. */
export type Postings = Map<string, number[]>;

export function postingsOf(lines: string): Postings {
	const postings: Postings = new Map();
	lines.split('\n').forEach((line, n) => {
		for (const term of line.split(' ')) {
			if (!term) continue;
			const docs = postings.get(term);
			if (docs) docs.push(n);
			else postings.set(term, [n]);
		}
	});
	return postings;
}

/** The postings of the last `size` lessons asked for (a Map keeps insertion order: oldest first). */
export class PostingsCache {
	private readonly cache = new Map<string, Postings>();

	constructor(private readonly size = 200) {}

	get(lessonId: string, lines: string): Postings {
		let postings = this.cache.get(lessonId);
		if (postings) this.cache.delete(lessonId);
		else postings = postingsOf(lines);
		this.cache.set(lessonId, postings);
		if (this.cache.size > this.size) this.cache.delete(this.cache.keys().next().value!);
		return postings;
	}

	forget(lessonId: string): void {
		this.cache.delete(lessonId);
	}
}
