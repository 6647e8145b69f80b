import type { LessonFile } from '$lib/lesson-file/format';
import type { AssignmentFile } from './format';
import {
	ASSIGNMENT_FILE_EXTENSION,
	ASSIGNMENT_FILE_FORMAT,
	ASSIGNMENT_FILE_VERSION
} from './names';
import { sealAssignmentFile } from './seal';
import { slug } from '$lib/files/slug';

/** The assignment file of a link and the lesson files of its lessons that are not the library's. */
export function assignmentFileFrom(
	title: string,
	link: string,
	lessons: LessonFile[],
	app: string,
	now = new Date()
): AssignmentFile {
	const url = new URL(link, 'http://any');
	return sealAssignmentFile({
		format: ASSIGNMENT_FILE_FORMAT,
		version: ASSIGNMENT_FILE_VERSION,
		title,
		app,
		exportedAt: now.toISOString(),
		// without the origin: the students' tablets may reach the app at another address
		link: `${url.pathname}${url.hash}`,
		lessons
	});
}

export const assignmentFileName = (title: string) =>
	`${slug(title, 'assignment')}${ASSIGNMENT_FILE_EXTENSION}`;
