// An assignment with lessons a link cannot carry, passed on as one file (the teacher's side).
import { APP_VERSION } from '$lib/app-version';
import { getDb, type CatalogRow } from '$lib/db';
import { storedLessonFileText } from '$lib/db/lesson-files/lesson-files-repo';
import { deliverFile, type Delivery } from '$lib/files/deliver';
import type { LessonFile } from '$lib/lesson-file/format';
import type { AssignmentSpec } from '$lib/model';
import { assignmentFileFrom, assignmentFileName } from './make';

/** The assigned lessons that came from lesson files: a link cannot bring them to a tablet. */
export const lessonsFromFiles = (spec: AssignmentSpec, catalog: readonly CatalogRow[]) =>
	spec.lessons
		.map((lesson) => catalog.find((row) => row.id === lesson.id))
		.filter((row): row is CatalogRow => row?.origin === 'file');

/** Passes the assignment on as one file: its link, and its lessons from lesson files. */
export async function shareAssignmentFile(
	spec: AssignmentSpec,
	catalog: readonly CatalogRow[],
	link: string
): Promise<Delivery> {
	const lessons: LessonFile[] = [];
	for (const row of lessonsFromFiles(spec, catalog)) {
		const text = await storedLessonFileText(getDb(), row.id);
		if (text === undefined)
			throw new Error(`the lesson file of “${row.title}” is not on this device`);
		lessons.push(JSON.parse(text) as LessonFile);
	}
	const made = assignmentFileFrom(spec.title, link, lessons, APP_VERSION);
	const file = new File([JSON.stringify(made)], assignmentFileName(spec.title), {
		type: 'application/json'
	});
	return deliverFile(file, spec.title);
}
