import type { BackupData } from '$lib/db';

/** Marks a file as a Parallax backup, so other JSON (a submission, anything) is refused. */
export const BACKUP_FORMAT = 'parallax-backup';
/**
 * Raised only when the file's shape changes; an app refuses versions newer than its own.
 * 2: a multiple-choice answer records option ids; version 1 recorded positions, and is still read.
 * 3: the teacher's data too (assignments made here, hand-ins received, replaced ones kept for
 * Undo), the assignments students received, and each profile's uid; versions 1 and 2 still read,
 * their profiles given a uid when they are added.
 * 4: the lessons from lesson files (imported or made here) and the lesson drafts; older
 * versions still read.
 * 5: students' highlights and notes (annotations); older versions still read.
 */
export const BACKUP_VERSION = 5;
/** The oldest backup version this app still imports. */
export const OLDEST_BACKUP_VERSION = 1;
// far above a class's year of answers and hand-ins; stops a wrong file from freezing the tab
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Everything a person made or received on one device, as it travels in a file. */
export type Backup = {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	// ISO 8601, e.g. 2024-09-30T14:05:00.000Z
	exportedAt: string;
} & BackupData;

/** `parallax-backup-2024-09-30.json`, dated by the device's own calendar. */
export function backupFileName(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return `${BACKUP_FORMAT}-${day}.json`;
}
