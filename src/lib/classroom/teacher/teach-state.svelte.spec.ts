import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '$lib/db';
import { saveAssignment, setArchived } from '$lib/db/teacher/classroom-repo';
import { spec } from '../review/review-fixtures';
import { teachOverview } from './teach-overview.svelte';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(async () => {
	const db = getDb();
	await db.assignments.clear();
	await db.handIns.clear();
});

describe('teachOverview', () => {
	it('splits active from archived assignments and follows archiving live', async () => {
		await saveAssignment(getDb(), spec);
		await saveAssignment(getDb(), { ...spec, id: 'a2', title: 'River week' });
		await setArchived(getDb(), 'a2', true);
		let overview!: ReturnType<typeof teachOverview>;
		const stop = $effect.root(() => {
			overview = teachOverview();
		});
		flushSync();
		await settle();
		expect(overview.loading).toBe(false);
		expect(overview.active.map((a) => a.id)).toEqual(['a1']);
		expect(overview.archived.map((a) => a.id)).toEqual(['a2']);
		expect(overview.handedIn('a1')).toBe(0);
		expect(overview.error).toBeUndefined();

		await setArchived(getDb(), 'a1', true);
		await settle();
		expect(overview.active).toEqual([]);
		expect(overview.archived.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
		stop();
	});
});
