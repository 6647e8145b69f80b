import type { BackupLesson, CheckedBackupLesson } from '$lib/db/backup/backup-repo';
import type { Refusal } from '$lib/files/refusal-words';
import { m } from '$lib/paraglide/messages';

export type BackupLessonsCheck = { ok: true; lessons: CheckedBackupLesson[] } | Refusal;

/**
 * Checks each lesson a backup carries as an imported lesson file is checked (checksum, the content
 * build's compiler). One that fails refuses the whole backup: nothing is imported.
 */
export async function checkBackupLessons(lessons: BackupLesson[]): Promise<BackupLessonsCheck> {
	if (lessons.length === 0) return { ok: true, lessons: [] };
	// the compiler loads only for a backup that has lessons
	const { checkLessonFileText } = await import('$lib/lesson-file/read');
	const checked: CheckedBackupLesson[] = [];
	for (const lesson of lessons) {
		const check = checkLessonFileText(lesson.text);
		if (!check.ok || check.entry.id !== lesson.id) {
			return {
				ok: false,
				reason: check.ok
					? m.backup_lesson_other({ id: lesson.id, other: check.entry.id })
					: m.backup_lesson_failed({ id: lesson.id, reason: check.reason }),
				problems: check.ok ? [] : check.problems
			};
		}
		checked.push({
			entry: check.entry,
			pack: check.pack,
			text: lesson.text,
			madeBy: check.file.madeBy,
			madeHere: lesson.madeHere ?? false
		});
	}
	return { ok: true, lessons: checked };
}
