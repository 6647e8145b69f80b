// An assignment file opened on a student's tablet: its lessons stored, all or none.
import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { storeLessonsFromFiles } from '$lib/db/lesson-files/lesson-files-repo';
import { m } from '$lib/paraglide/messages';

export type AssignmentFileImport =
	| { ok: true; link: string; title: string; lessons: number }
	| { ok: false; reason: string; problems: string[] };

/**
 * Checks an assignment file and stores its lessons, all or none; the assignment itself is then
 * added as its link adds it (the link page, where the student says whom it is for).
 */
export async function importAssignmentFile(blob: Blob): Promise<AssignmentFileImport> {
	// the checks are the content build's compiler: loaded with the first file, not the page
	const { readAssignmentFile } = await import('./read');
	const check = await readAssignmentFile(blob);
	if (!check.ok) return check;
	try {
		await storeLessonsFromFiles(
			getDb(),
			check.lessons.map(({ entry, pack, file }) => ({
				entry,
				pack,
				text: JSON.stringify(file),
				madeBy: file.madeBy
			}))
		);
	} catch (cause) {
		return {
			ok: false,
			reason: m.files_assignment_not_stored({
				title: check.file.title,
				reason: storageErrorText(cause)
			}),
			problems: []
		};
	}
	return {
		ok: true,
		link: check.file.link,
		title: check.file.title,
		lessons: check.lessons.length
	};
}
