import type { ParallaxDb } from '../database';
import type { Assignment, ReceivedAssignment, Submission } from '../types';
import type { MergeSummary } from '../backup/backup-repo';
import { newOrNewer, newestBy, uniqueBy } from './rows';

// the classroom from a backup: the teacher's assignments and imported hand-ins, and the
// assignments each profile received

export async function mergeAssignments(
	db: ParallaxDb,
	assignments: Assignment[]
): Promise<Pick<MergeSummary, 'assignmentsAdded' | 'assignmentsUpdated'>> {
	const incoming = newestBy(
		assignments,
		(a) => a.id,
		(a) => [a.spec.version, a.updatedAt]
	);
	const existing = await db.assignments.bulkGet(incoming.map((a) => a.id));
	const { added, updated } = newOrNewer(
		incoming,
		existing,
		(row, current) => row.spec.version > current.spec.version
	);
	// archiving is this device's choice: it stays as it is here
	await db.assignments.bulkPut([
		...added,
		...updated.map(({ row, current }) => ({ ...row, archived: current.archived }))
	]);
	return { assignmentsAdded: added.length, assignmentsUpdated: updated.length };
}

/**
 * Adds the hand-ins this device lacks (a row is one file: the same file is never added twice).
 * A row already here keeps its state here (replaced or not, its name). Then each student has one
 * current hand-in again: where the backup and this device each hold one as current, the later
 * one is, and the other is kept as replaced by it, so the teacher can see it and undo it.
 */
export async function mergeHandIns(db: ParallaxDb, handIns: Submission[]): Promise<number> {
	const incoming = uniqueBy(handIns, (row) => row.id);
	const existing = await db.handIns.bulkGet(incoming.map((row) => row.id));
	const missing = incoming.filter((_, i) => !existing[i]);
	await db.handIns.bulkAdd(missing);
	const at = Date.now();
	for (const assignmentId of new Set(missing.map((row) => row.assignmentId))) {
		const rows = await db.handIns.where('assignmentId').equals(assignmentId).toArray();
		const ids = new Set(rows.map((row) => row.id));
		const changed = new Map<string, Submission>();
		// replaced by a hand-in in neither copy (a hand-edited file): current again
		for (const row of rows) {
			if (!row.replaced || ids.has(row.replaced.by)) continue;
			const current = { ...row };
			delete current.replaced;
			changed.set(row.id, current);
		}
		const current = rows.map((row) => changed.get(row.id) ?? row).filter((row) => !row.replaced);
		const time = (row: Submission) => Date.parse(row.file.handedInAt);
		for (const row of current) {
			const latest = current
				.filter((other) => sameStudent(row, other))
				.reduce((a, b) => (time(b) > time(a) ? b : a));
			if (latest !== row) changed.set(row.id, { ...row, replaced: { by: latest.id, at } });
		}
		await db.handIns.bulkPut([...changed.values()]);
	}
	return missing.length;
}

const sameStudent = (a: Submission, b: Submission) =>
	a.studentKey === b.studentKey ||
	!!a.aliases?.includes(b.studentKey) ||
	!!b.aliases?.includes(a.studentKey);

export async function mergeReceived(
	db: ParallaxDb,
	received: ReceivedAssignment[]
): Promise<number> {
	const key = (row: ReceivedAssignment): [string, string] => [row.profileId, row.assignmentId];
	const incoming = newestBy(
		received,
		(row) => JSON.stringify(key(row)),
		(row) => [row.spec.version, row.handedInAt ?? 0]
	);
	const existing = await db.received.bulkGet(incoming.map(key));
	const toWrite: ReceivedAssignment[] = [];
	incoming.forEach((row, i) => {
		const current = existing[i];
		if (!current) {
			toWrite.push(row);
			return;
		}
		const newer = row.spec.version > current.spec.version ? row : current;
		const handedIn = (row.handedInAt ?? 0) > (current.handedInAt ?? 0) ? row : current;
		const merged: ReceivedAssignment = {
			...current,
			spec: newer.spec,
			receivedAt: newer.receivedAt
		};
		if (handedIn.handedInAt !== undefined) {
			merged.handedInAt = handedIn.handedInAt;
			if (handedIn.handedInVersion !== undefined) merged.handedInVersion = handedIn.handedInVersion;
			if (handedIn.studentName) merged.studentName = handedIn.studentName;
		}
		merged.studentName ??= row.studentName;
		if (JSON.stringify(merged) !== JSON.stringify(current)) toWrite.push(merged);
	});
	await db.received.bulkPut(toWrite);
	return toWrite.length;
}
