import type { AssignmentSpec } from '$lib/model';
import type { OldChoiceTexts } from '$lib/model';
import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';
import type { Assignment, Submission } from '../types';

// The teacher's side of the classroom: assignments made here and the hand-ins imported.

/** Saves a new assignment, or a new version of one (the caller bumps `spec.version`). */
export function saveAssignment(db: ParallaxDb, spec: AssignmentSpec): Promise<Assignment> {
	return withReopen(db, () =>
		db.transaction('rw', db.assignments, async (tx) => {
			const now = Date.now();
			const existing = await tx.assignments.get(spec.id);
			const row: Assignment = {
				id: spec.id,
				spec,
				createdAt: existing?.createdAt ?? now,
				updatedAt: now,
				archived: existing?.archived ?? 0
			};
			await tx.assignments.put(row);
			return row;
		})
	);
}

export function getAssignment(db: ParallaxDb, id: string): Promise<Assignment | undefined> {
	return withReopen(db, () => db.assignments.get(id));
}

/** Every assignment made on this device, newest first. */
export async function listAssignments(db: ParallaxDb): Promise<Assignment[]> {
	const rows = await withReopen(db, () => db.assignments.orderBy('createdAt').toArray());
	return rows.reverse();
}

export function setArchived(db: ParallaxDb, id: string, archived: boolean): Promise<number> {
	return withReopen(db, () => db.assignments.update(id, { archived: archived ? 1 : 0 }));
}

/** The hand-ins of an assignment as they stand: replaced ones left out. */
export async function listSubmissions(db: ParallaxDb, assignmentId: string): Promise<Submission[]> {
	const rows = await allSubmissions(db, assignmentId);
	return rows.filter((row) => !row.replaced);
}

/** Every hand-in of an assignment, replaced ones too. */
export function allSubmissions(db: ParallaxDb, assignmentId: string): Promise<Submission[]> {
	return withReopen(db, () => db.handIns.where('assignmentId').equals(assignmentId).toArray());
}

/** How many hand-ins each assignment has (replaced ones not counted), for the teacher's list. */
export async function countSubmissions(db: ParallaxDb): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	await withReopen(db, () =>
		db.handIns.each((row) => {
			if (!row.replaced) counts[row.assignmentId] = (counts[row.assignmentId] ?? 0) + 1;
		})
	);
	return counts;
}

/**
 * The option texts of a lesson version from before option ids (pack format 1), by its pack hash,
 * as the v4 upgrade kept them, for hand-ins of version 1; undefined when this device never held
 * that version.
 */
export async function oldChoiceTexts(
	db: ParallaxDb,
	lessonId: string,
	hash: string
): Promise<OldChoiceTexts | undefined> {
	const row = await withReopen(db, () => db.oldChoices.get(hash));
	return row?.lessonId === lessonId ? row.questions : undefined;
}
