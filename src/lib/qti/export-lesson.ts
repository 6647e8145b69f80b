// Teach → Lessons' "Export for learning platforms": loaded when tapped, so no page carries it.
import { getDb, getLesson } from '$lib/db';
import { downloadFile } from '$lib/files/download';
import { lessonQtiPackage } from './package';

/** Saves a lesson's questions as a QTI 2.1 package; returns the file's name. Throws words. */
export async function exportLessonForPlatforms(id: string): Promise<string> {
	const found = await getLesson(getDb(), id);
	if (!found) {
		throw new Error(
			'This lesson is no longer on this device. Open it from the library to download it again, then export it.'
		);
	}
	const made = lessonQtiPackage(found.stored.lesson, found.sources);
	downloadFile(new File([made.bytes], made.name, { type: 'application/zip' }));
	return made.name;
}
