import { afterEach, describe, expect, it } from 'vitest';
import type { AssignmentSpec } from '$lib/model';
import type { ParallaxDb } from '../database';
import { dropDatabases, freshDb } from '../test-factory';
import type { Assignment } from '../types';
import { mergeAssignments } from './classroom';
import { newOrNewer, newestBy } from './rows';

const dbs: ParallaxDb[] = [];
afterEach(() => dropDatabases(dbs));

const spec = (version: number, title: string): AssignmentSpec => ({
	id: 'a1',
	version,
	title,
	instructions: '',
	due: '2030-01-31',
	lessons: [],
	hideComments: false
});
const assignment = (version: number, title: string, archived: 0 | 1): Assignment => ({
	id: 'a1',
	spec: spec(version, title),
	createdAt: 1,
	updatedAt: version,
	archived
});

describe('merging rows from a backup', () => {
	it('a newer version of an assignment replaces this device’s, which keeps its own archiving', async () => {
		const db = freshDb();
		dbs.push(db);
		await db.assignments.put(assignment(1, 'First draft', 1));
		const summary = await mergeAssignments(db, [assignment(2, 'Final', 0)]);
		expect(summary).toEqual({ assignmentsAdded: 0, assignmentsUpdated: 1 });
		const stored = await db.assignments.get('a1');
		expect(stored?.spec.title).toBe('Final');
		expect(stored?.archived).toBe(1);
	});

	it('an older or equal version changes nothing', async () => {
		const db = freshDb();
		dbs.push(db);
		await db.assignments.put(assignment(2, 'Final', 0));
		const summary = await mergeAssignments(db, [assignment(1, 'First draft', 1)]);
		expect(summary).toEqual({ assignmentsAdded: 0, assignmentsUpdated: 0 });
		expect((await db.assignments.get('a1'))?.spec.title).toBe('Final');
	});

	it('newOrNewer tells rows this device lacks from rows newer than its copy', () => {
		const sorted = newOrNewer([1, 5, 3], [undefined, 4, 3], (row, current) => row > current);
		expect(sorted).toEqual({ added: [1], updated: [{ row: 5, current: 4 }] });
	});

	it('newestBy keeps one row per key, the highest rank compared in order', () => {
		const rows = [
			{ id: 'x', v: [1, 9] },
			{ id: 'x', v: [2, 0] },
			{ id: 'y', v: [1, 1] },
			{ id: 'x', v: [2, 0] }
		];
		expect(
			newestBy(
				rows,
				(r) => r.id,
				(r) => r.v
			)
		).toEqual([rows[1], rows[2]]);
	});
});
