import {
	StorageFullError,
	explainStorageError,
	getDb,
	type MergeSummary,
	type ParallaxDb
} from '$lib/db';
import { mergeBackupData } from '$lib/db/backup/backup-repo';
import { checkBackupLessons } from './backup-lessons';
import { readBackupFile } from './validate';
import type { Refusal } from '$lib/files/refusal-words';
import { m } from '$lib/paraglide/messages';

/** Merged, or refused: why, and what exactly is wrong in the file (English, for who fixes it). */
export type ImportResult = { ok: true; summary: MergeSummary } | Refusal;

/**
 * Checks a backup file, then merges it into this device. A refused file or a failed write
 * leaves the device exactly as it was (the merge is one transaction).
 */
/** A backup file into this device's database (the backup panel's command). */
export const importBackup = (file: Blob) => importBackupFile(getDb(), file);

export async function importBackupFile(db: ParallaxDb, file: Blob): Promise<ImportResult> {
	const checked = await readBackupFile(file);
	if (!checked.ok) return checked;
	const lessons = await checkBackupLessons(checked.backup.lessons);
	if (!lessons.ok) return lessons;
	try {
		return { ok: true, summary: await mergeBackupData(db, checked.backup, lessons.lessons) };
	} catch (error) {
		return { ok: false, reason: explainWriteFailure(error), problems: [] };
	}
}

function explainWriteFailure(error: unknown): string {
	const explained = explainStorageError(error);
	if (explained instanceof StorageFullError) return explained.message;
	return m.backup_write_failed({ error: explained.message });
}
