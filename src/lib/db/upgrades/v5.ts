// The schema v4 → v5 upgrade, in its own module: the database loads it only when a device's
// database needs it (see provideUpgrade in db/versions.ts).
import type { UpgradeTables } from '../store';
import { studentKeyOf } from '$lib/model/student-key';
import type { Profile, Submission } from '../types';

/**
 * v4 → v5, in the upgrade's one transaction: every profile gets its random, stable uid, and each
 * imported hand-in moves to `handIns`, keyed by its file. Every hand-in a teacher imported so far
 * came from a file before version 3, so it is told apart by its name, as before.
 */
export async function upgrade(tx: UpgradeTables): Promise<void> {
	await tx
		.table<Profile>('profiles')
		.toCollection()
		.modify((profile) => {
			profile.uid ||= crypto.randomUUID();
		});
	const old = await tx.table<Omit<Submission, 'studentKey'>>('submissions').toArray();
	await tx.table<Submission>('handIns').bulkPut(
		old.map((row) => ({
			id: `${row.assignmentId}/${row.file.checksum}`,
			assignmentId: row.assignmentId,
			studentKey: studentKeyOf(row.file),
			file: row.file,
			importedAt: row.importedAt,
			warnings: row.warnings
		}))
	);
}
