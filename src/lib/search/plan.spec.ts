import { describe, expect, it } from 'vitest';
import type { CatalogRow } from '$lib/db/types';
import { planUpdate, wantedLessons } from './plan';

const row = (id: string, hash: string) => ({ id, hash, title: id, summary: '' }) as CatalogRow;

describe('what the index must change', () => {
	it('wants the downloaded version of a lesson, else its catalog entry', () => {
		const wanted = wantedLessons(
			[row('a', 'a2'), row('b', 'b1')],
			new Map([
				['a', 'a1'],
				['c', 'c1']
			])
		);
		expect([...wanted.values()].map((w) => [w.id, w.version])).toEqual([
			['a', 'pack:a1'],
			['b', 'catalog:b1'],
			['c', 'pack:c1']
		]);
	});

	it('adds new lessons, replaces changed ones, drops gone ones, leaves the rest; titles first', () => {
		const wanted = wantedLessons(
			[row('same', 's'), row('new', 'n'), row('changed', 'c2'), row('downloaded', 'd')],
			new Map([
				['same', 's'],
				['changed', 'c2'],
				['downloaded', 'd']
			])
		);
		const indexed = new Map([
			['same', 'pack:s'],
			['changed', 'pack:c1'],
			['downloaded', 'catalog:d'],
			['gone', 'pack:g']
		]);
		const plan = planUpdate(indexed, wanted);
		expect(plan.upsert.map((w) => w.id)).toEqual(['new', 'changed', 'downloaded']);
		expect(plan.remove).toEqual(['gone']);
	});
});
