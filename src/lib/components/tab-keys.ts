/**
 * The tab a key moves to in a row of `count` tabs (WAI-ARIA tabs pattern): arrows step and wrap
 * around, Home and End jump to the ends. Undefined for any other key, which the tab leaves alone.
 */
export function tabIndexForKey(key: string, index: number, count: number): number | undefined {
	const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 }[key];
	return target === undefined ? undefined : (target + count) % count;
}
