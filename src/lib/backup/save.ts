import type { ParallaxDb } from '$lib/db';
import { downloadFile } from '$lib/files/download';
import { createBackup, serializeBackup } from './export';
import { backupFileName } from './format';
import { m } from '$lib/paraglide/messages';

/** Saves a backup of everything on this device as a download; says what it holds. */
export async function saveBackupFile(db: ParallaxDb, now = new Date()): Promise<string> {
	const backup = await createBackup(db, now);
	const name = backupFileName(now);
	downloadFile(new File([serializeBackup(backup)], name, { type: 'application/json' }));
	const parts = [
		m.keep_saved_profiles({ count: backup.profiles.length }),
		m.keep_saved_answers({ count: backup.answers.length })
	];
	if (backup.assignments.length) {
		parts.push(m.keep_saved_assignments({ count: backup.assignments.length }));
	}
	const current = backup.handIns.filter((row) => !row.replaced).length;
	if (backup.handIns.length) parts.push(m.keep_saved_hand_ins({ count: current }));
	return m.keep_backup_saved({ name, contents: parts.join(', ') });
}
