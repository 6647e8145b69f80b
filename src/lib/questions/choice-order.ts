// The order a profile sees a question's options in: shuffled, so the author's order (or the place
// of the right answer) gives nothing away, and the same for that profile on every visit. Pure.

/** A 32-bit FNV-1a hash of a string's UTF-16 code units. */
function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `items` in an order fixed by `seed` (Fisher–Yates driven by a generator seeded from it). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const order = [...items];
	const random = generator(hash32(seed));
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** A question's options in the order this profile sees them: stable across reloads and edits. */
export function choiceOrder<T>(
	options: readonly T[],
	profileId: string,
	lessonId: string,
	questionId: string
): T[] {
	// a separator no id contains, so ("a", "bc") and ("ab", "c") seed differently
	return seededShuffle(options, [profileId, lessonId, questionId].join('\u0000'));
}
