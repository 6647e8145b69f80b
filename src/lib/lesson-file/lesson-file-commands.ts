// What a teacher does with lesson files: import them onto this device, pass a lesson on as one.
// Components call these; the checks (the content build's compiler) load only when first used.
import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { storeLessonFromFile, storedLessonFileText } from '$lib/db/lesson-files/lesson-files-repo';
import { deliverFile, type Delivery } from '$lib/files/deliver';
import { LESSON_FILE_EXTENSION } from './format';
import { m } from '$lib/paraglide/messages';

export type LessonImportLine = {
	fileName: string;
	outcome: 'imported' | 'updated' | 'same' | 'refused';
	message: string;
	// each problem the checks found, for a refused file
	problems: string[];
	// changes from the version on this device, for an updated lesson
	changes: string[];
	lessonId?: string;
};

/** Imports lesson files one by one, telling `online` what happened to each as it goes. */
export async function importLessonFiles(
	files: readonly File[],
	online: (line: LessonImportLine) => void
): Promise<void> {
	// the checks are the content build's compiler: loaded with the first import, not the page
	const [{ readLessonFile }, { describeChanges }] = await Promise.all([
		import('./read'),
		import('./changes')
	]);
	for (const file of files) {
		const line = { fileName: file.name, problems: [], changes: [] };
		const check = await readLessonFile(file);
		if (!check.ok) {
			online({ ...line, outcome: 'refused', message: check.reason, problems: check.problems });
			continue;
		}
		const title = check.file.title;
		try {
			const verdict = await storeLessonFromFile(getDb(), {
				entry: check.entry,
				pack: check.pack,
				text: JSON.stringify(check.file),
				madeBy: check.file.madeBy
			});
			const lessonId = check.entry.id;
			if (verdict.kind === 'library') {
				online({
					...line,
					outcome: 'refused',
					message: m.lessonfiles_lesson_file_library({ title })
				});
			} else if (verdict.kind === 'same') {
				online({
					...line,
					outcome: 'same',
					lessonId,
					message: m.lessonfiles_lesson_file_same({ title })
				});
			} else if (verdict.kind === 'updated') {
				online({
					...line,
					outcome: 'updated',
					lessonId,
					message: m.lessonfiles_lesson_file_updated({ title }),
					changes: verdict.previous ? describeChanges(verdict.previous, check.pack.lesson) : []
				});
			} else {
				online({
					...line,
					outcome: 'imported',
					lessonId,
					message: m.lessonfiles_lesson_file_imported({ title })
				});
			}
		} catch (cause) {
			online({
				...line,
				outcome: 'refused',
				message: m.lessonfiles_lesson_file_not_stored({
					title,
					error: storageErrorText(cause)
				})
			});
		}
	}
}

/**
 * A lesson's file as text: the one imported here, or the library's (which comes from the
 * library, so needs the network once). Throws words a teacher can act on.
 */
export async function lessonFileText(id: string): Promise<string> {
	const stored = await storedLessonFileText(getDb(), id);
	if (stored !== undefined) return stored;
	let response: Response;
	try {
		response = await fetch(`/content/files/${id}${LESSON_FILE_EXTENSION}`);
	} catch {
		throw new Error(m.lessonfiles_lesson_file_offline());
	}
	if (!response.ok) throw new Error(m.lessonfiles_lesson_file_missing());
	return response.text();
}

/** Passes a lesson on as its lesson file, by the share sheet or as a download. */
export async function shareLessonFile(id: string, title: string): Promise<Delivery> {
	const text = await lessonFileText(id);
	const file = new File([text], `${id}${LESSON_FILE_EXTENSION}`, { type: 'application/json' });
	return deliverFile(file, title);
}
