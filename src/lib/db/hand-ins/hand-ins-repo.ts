// The teacher's hand-in records: keeping an imported hand-in, and what the teacher does with
// them (Undo a replacement, merge, rename). Imported from '$lib/db/hand-ins/hand-ins-repo' by the
// teacher's pages, not through '$lib/db', so no other page's first visit loads it.
import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';
import { allSubmissions } from '../teacher/classroom-repo';
import type { Submission } from '../types';

/** The hand-ins a later one (or the teacher's merge) replaced, kept so Undo can restore them. */
export async function listReplacedSubmissions(
	db: ParallaxDb,
	assignmentId: string
): Promise<Submission[]> {
	const rows = await allSubmissions(db, assignmentId);
	return rows.filter((row) => row.replaced).sort((a, b) => b.replaced!.at - a.replaced!.at);
}

export type StoreVerdict =
	| { status: 'imported'; row: Submission }
	| { status: 'replaced'; row: Submission; previous: Submission }
	| { status: 'unknown-assignment' | 'duplicate' | 'older'; existing?: Submission };

/** The current hand-in of the student `key` names (their own, or one merged with theirs). */
const currentOf = (rows: Submission[], key: string) =>
	rows.find((row) => !row.replaced && (row.studentKey === key || row.aliases?.includes(key)));

/**
 * Keeps a checked hand-in. A later one replaces the current hand-in with the same student key
 * (same profile and name, see classroom/student-key.ts), which is kept as replaced so Undo can
 * restore it; any other hand-in is kept beside the others. The same file again, an earlier one
 * than the current, or one for an assignment this device never made changes nothing.
 */
export function storeSubmission(db: ParallaxDb, row: Submission): Promise<StoreVerdict> {
	return withReopen(db, () =>
		db.transaction('rw', [db.assignments, db.handIns], async (tx): Promise<StoreVerdict> => {
			if (!(await tx.assignments.get(row.assignmentId))) return { status: 'unknown-assignment' };
			const existing = await tx.handIns.get(row.id);
			if (existing) return { status: 'duplicate', existing };
			const rows = await tx.handIns.where('assignmentId').equals(row.assignmentId).toArray();
			const previous = currentOf(rows, row.studentKey);
			if (!previous) {
				await tx.handIns.add(row);
				return { status: 'imported', row };
			}
			if (Date.parse(previous.file.handedInAt) >= Date.parse(row.file.handedInAt)) {
				return { status: 'older', existing: previous };
			}
			const stored: Submission = {
				...row,
				...(previous.label && { label: previous.label }),
				...(previous.aliases && { aliases: previous.aliases })
			};
			await tx.handIns.put({ ...previous, replaced: { by: row.id, at: Date.now() } });
			await tx.handIns.add(stored);
			return { status: 'replaced', row: stored, previous };
		})
	);
}

/** Why an undo did not happen, worded where it is shown (`classroom/teacher/undo-words.ts`). */
export type UndoProblem = 'not-replaced' | 'replaced-since';

export type UndoVerdict =
	{ ok: true; restored: Submission; setAside?: Submission } | { ok: false; problem: UndoProblem };

/**
 * Undoes a replacement: the replaced hand-in is current again. Nothing is deleted: a hand-in
 * that replaced it on import is set aside in its place (listed as replaced, so Undo there brings
 * it back); one it was merged into stays, apart.
 */
export function undoReplacement(db: ParallaxDb, replacedId: string): Promise<UndoVerdict> {
	return withReopen(db, () =>
		db.transaction('rw', db.handIns, async (tx): Promise<UndoVerdict> => {
			const old = await tx.handIns.get(replacedId);
			if (!old?.replaced) return { ok: false, problem: 'not-replaced' };
			const by = await tx.handIns.get(old.replaced.by);
			if (by?.replaced) {
				return { ok: false, problem: 'replaced-since' };
			}
			const restored: Submission = { ...old };
			delete restored.replaced;
			if (by && old.replaced.merged) {
				const gone = new Set([old.studentKey, ...(old.aliases ?? [])]);
				const aliases = (by.aliases ?? []).filter((key) => !gone.has(key));
				const kept: Submission = { ...by, aliases };
				if (!aliases.length) delete kept.aliases;
				await tx.handIns.bulkPut([kept, restored]);
				return { ok: true, restored };
			}
			if (!by) {
				await tx.handIns.put(restored);
				return { ok: true, restored };
			}
			// a name the teacher gave the other hand-in is the student's name
			if (by.label) restored.label = by.label;
			const setAside: Submission = {
				...by,
				replaced: { by: old.id, at: Date.now(), undone: true }
			};
			await tx.handIns.bulkPut([restored, setAside]);
			return { ok: true, restored, setAside };
		})
	);
}

/**
 * Joins hand-ins the teacher says are one student's: the latest stays, the others are kept as
 * replaced by it (Undo restores each), and later hand-ins from any of them replace it.
 */
export function mergeSubmissions(
	db: ParallaxDb,
	ids: readonly string[]
): Promise<Submission | undefined> {
	return withReopen(db, () =>
		db.transaction('rw', db.handIns, async (tx) => {
			const rows = (await tx.handIns.bulkGet([...ids])).filter(
				(row): row is Submission => row !== undefined && !row.replaced
			);
			if (rows.length < 2) return undefined;
			rows.sort((a, b) => Date.parse(b.file.handedInAt) - Date.parse(a.file.handedInAt));
			const [kept, ...others] = rows as [Submission, ...Submission[]];
			const at = Date.now();
			const aliases = new Set(kept.aliases);
			for (const other of others) {
				for (const key of [other.studentKey, ...(other.aliases ?? [])]) {
					if (key !== kept.studentKey) aliases.add(key);
				}
			}
			const merged: Submission = { ...kept, aliases: [...aliases] };
			await tx.handIns.bulkPut([
				merged,
				...others.map((other) => ({
					...other,
					replaced: { by: kept.id, at, merged: true as const }
				}))
			]);
			return merged;
		})
	);
}

/** The teacher's name for a student's hand-in ('' goes back to the name handed in). */
export function renameSubmission(db: ParallaxDb, id: string, label: string): Promise<void> {
	return withReopen(db, () =>
		db.transaction('rw', db.handIns, async (tx) => {
			const row = await tx.handIns.get(id);
			if (!row) return;
			const next: Submission = { ...row };
			if (label.trim()) next.label = label.trim();
			else delete next.label;
			await tx.handIns.put(next);
		})
	);
}
