import { type BenchRow, ms } from '../report';
import { syntheticLibrary } from '../synthetic/library';

/**
 * The real content build (`scripts/build-content.ts`) over synthetic libraries of each size. The
 * 10,000-lesson build must stay linear: at most 10 times the 1,000-lesson time.
 */
export async function contentBuildBench(counts: number[]): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const times = new Map<number, number>();
	for (const n of counts) {
		console.log(`  ${n} lessons…`);
		const { buildMs, processMs } = await syntheticLibrary(n);
		times.set(n, buildMs);
		const tenth = n === 10_000 ? times.get(1000) : undefined;
		rows.push(
			{
				group: `${n} lessons`,
				metric: `content build: read, compile, write (process ${(processMs / 1000).toFixed(1)} s)`,
				value: ms(buildMs),
				target: tenth === undefined ? '' : '≤ 10× the 1,000-lesson time',
				ok: tenth === undefined ? undefined : buildMs <= 10 * tenth
			},
			{
				group: `${n} lessons`,
				metric: 'content build per lesson',
				value: `${(buildMs / n).toFixed(2)} ms`,
				target: ''
			}
		);
	}
	return rows;
}
