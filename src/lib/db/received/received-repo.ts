import type { AssignmentSpec } from '$lib/model';
import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';
import type { ReceivedAssignment } from '../types';

// The student's side of the classroom: assignments a profile received by link.

export type ReceiveVerdict = 'new' | 'updated' | 'same' | 'older';

/** Keeps an assignment a profile opened by link; a newer version replaces the one kept. */
export function receiveAssignment(
	db: ParallaxDb,
	profileId: string,
	spec: AssignmentSpec
): Promise<ReceiveVerdict> {
	return withReopen(db, () =>
		db.transaction('rw', db.received, async (tx): Promise<ReceiveVerdict> => {
			const existing = await tx.received.get([profileId, spec.id]);
			if (existing && existing.spec.version > spec.version) return 'older';
			if (existing && existing.spec.version === spec.version) return 'same';
			await tx.received.put({
				...existing,
				profileId,
				assignmentId: spec.id,
				spec,
				receivedAt: Date.now()
			});
			return existing ? 'updated' : 'new';
		})
	);
}

export function getReceived(
	db: ParallaxDb,
	profileId: string,
	assignmentId: string
): Promise<ReceivedAssignment | undefined> {
	return withReopen(db, () => db.received.get([profileId, assignmentId]));
}

/** A profile's assignments, the soonest due first (no due date last). */
export async function listReceived(
	db: ParallaxDb,
	profileId: string
): Promise<ReceivedAssignment[]> {
	const rows = await withReopen(db, () =>
		db.received.where('profileId').equals(profileId).toArray()
	);
	const dueKey = (row: ReceivedAssignment) => row.spec.due ?? '9999-12-31';
	return rows.sort((a, b) => dueKey(a).localeCompare(dueKey(b)) || b.receivedAt - a.receivedAt);
}

/** Records a hand-in, with the name the student gave (offered again next time). */
export function markHandedIn(
	db: ParallaxDb,
	profileId: string,
	assignmentId: string,
	at: number,
	version: number,
	studentName?: string
): Promise<number> {
	return withReopen(db, () =>
		db.received.update([profileId, assignmentId], {
			handedInAt: at,
			handedInVersion: version,
			...(studentName && { studentName })
		})
	);
}

/** One profile's lessons and answers for an assignment's lessons, read in one transaction. */
export function readStudentWork(db: ParallaxDb, profileId: string, lessonIds: readonly string[]) {
	return withReopen(db, () =>
		db.transaction('r', [db.lessons, db.answers], async (tx) => {
			const stored = await tx.lessons.bulkGet([...lessonIds]);
			const answers = await Promise.all(
				lessonIds.map((id) =>
					tx.answers.where('[profileId+lessonId]').equals([profileId, id]).toArray()
				)
			);
			return { stored: stored.filter((row) => row !== undefined), answers: answers.flat() };
		})
	);
}
