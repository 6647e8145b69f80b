import { storageErrorText } from '$lib/i18n/storage-error';
import type { Catalog, CompiledLesson } from '$lib/content/model';
import { getCatalog, getDb, getLesson, type CatalogRow } from '$lib/db';
import {
	getAssignment,
	listSubmissions,
	saveAssignment,
	setArchived
} from '$lib/db/teacher/classroom-repo';
import type { AssignmentSpec } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { liveState } from '$lib/state/live.svelte';
import { CATALOG_URL } from '$lib/sync/catalog-source';

/**
 * One assignment as its teacher page shows it: the assignment, the teacher's copies of its
 * lessons and every hand-in, live as files arrive. Call during component setup; `id` is read
 * inside the query, so a new id reruns it.
 */
export function assignmentRecord(id: () => string) {
	return liveState(
		async () => {
			const db = getDb();
			const assignmentId = id();
			const assignment = await getAssignment(db, assignmentId);
			if (!assignment) return undefined;
			const [catalog, submissions, found] = await Promise.all([
				getCatalog(db),
				listSubmissions(db, assignmentId),
				Promise.all(assignment.spec.lessons.map((l) => getLesson(db, l.id)))
			]);
			// a fresh snapshot per query run, never mutated afterwards: no reactivity needed
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const lessons = new Map<string, CompiledLesson>();
			for (const item of found) if (item) lessons.set(item.stored.id, item.stored.lesson);
			return { assignment, catalog, submissions, lessons };
		},
		() => id()
	);
}

/** Archives an assignment or brings it back; says what happened, or why it could not. */
export async function archiveAssignment(id: string, archived: boolean): Promise<string> {
	try {
		await setArchived(getDb(), id, archived);
		return archived ? m.teach_archived_done() : m.teach_unarchived_done();
	} catch (cause) {
		return storageErrorText(cause);
	}
}

/**
 * What the assignment builder starts from: the lessons to choose among (the device's catalog,
 * or before the first sync the app's own copy) and, when editing, the assignment as it stands.
 */
export async function builderStart(
	editId: string | null
): Promise<{ catalog: CatalogRow[]; previous?: AssignmentSpec } | { missing: true }> {
	const [catalog, previous] = await Promise.all([
		catalogOnDevice(),
		editId ? getAssignment(getDb(), editId) : undefined
	]);
	if (editId && !previous) return { missing: true };
	return { catalog, previous: previous?.spec };
}

async function catalogOnDevice(): Promise<CatalogRow[]> {
	const rows = await getCatalog(getDb());
	if (rows.length) return rows;
	const response = await fetch(CATALOG_URL);
	return ((await response.json()) as Catalog).lessons;
}

/** Stores a new or edited assignment on this device (the teacher's list and its link). */
export const storeAssignment = (spec: AssignmentSpec) => saveAssignment(getDb(), spec);
