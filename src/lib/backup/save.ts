import type { ParallaxDb } from '$lib/db';
import { downloadFile } from '$lib/files/download';
import { createBackup, serializeBackup } from './export';
import { backupFileName } from './format';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Saves a backup of everything on this device as a download; says what it holds. */
export async function saveBackupFile(db: ParallaxDb, now = new Date()): Promise<string> {
	const backup = await createBackup(db, now);
	const name = backupFileName(now);
	downloadFile(new File([serializeBackup(backup)], name, { type: 'application/json' }));
	const parts = [
		count(backup.profiles.length, 'profile', 'profiles'),
		count(backup.answers.length, 'answer', 'answers')
	];
	if (backup.assignments.length) {
		parts.push(count(backup.assignments.length, 'assignment', 'assignments'));
	}
	const current = backup.handIns.filter((row) => !row.replaced).length;
	if (backup.handIns.length) parts.push(count(current, 'hand-in', 'hand-ins'));
	return `Backup saved as ${name}: ${parts.join(', ')}. Keep it somewhere other than this device.`;
}
