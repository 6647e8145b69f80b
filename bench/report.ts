import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One measured figure beside its target. `ok` is undefined when there is no target. */
export type BenchRow = {
	group: string;
	metric: string;
	value: string;
	target: string;
	ok?: boolean;
};

export function printTable(rows: BenchRow[]): void {
	const header: BenchRow = { group: 'group', metric: 'metric', value: 'value', target: 'target' };
	const all = [header, ...rows];
	const width = (key: keyof BenchRow) => Math.max(...all.map((r) => String(r[key] ?? '').length));
	const [g, m, v, t] = [width('group'), width('metric'), width('value'), width('target')];
	const line = (r: BenchRow, mark: string) =>
		`${r.group.padEnd(g)}  ${r.metric.padEnd(m)}  ${r.value.padStart(v)}  ${r.target.padEnd(t)}  ${mark}`;
	console.log(line(header, 'meets'));
	console.log('-'.repeat(g + m + v + t + 14));
	for (const row of rows) console.log(line(row, row.ok === undefined ? '' : row.ok ? 'yes' : 'NO'));
}

export function writeResults(path: string, rows: BenchRow[], meta: Record<string, unknown>): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify({ ...meta, rows }, null, 2));
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
