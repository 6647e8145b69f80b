import type { ParallaxDb } from '$lib/db';
import { readBackupData } from '$lib/db/backup/backup-repo';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** A backup of everything students wrote on this device, as of `now`. */
export async function createBackup(db: ParallaxDb, now = new Date()): Promise<Backup> {
	const data = await readBackupData(db);
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		...data
	};
}

// indented so a teacher who opens the file can see what it holds
export function serializeBackup(backup: Backup): string {
	return `${JSON.stringify(backup, null, 2)}\n`;
}
