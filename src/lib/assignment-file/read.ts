import { decodeAssignment } from '$lib/classroom/link';
import { readUntrustedFile, type UntrustedRead } from '$lib/files/read-untrusted';
import type { UntrustedKind } from '$lib/files/untrusted-kind';
import { checkLessonFileText, type LessonFileCheck } from '$lib/lesson-file/read';
import { assignmentFileSchema, type AssignmentFile } from './format';
import {
	ASSIGNMENT_FILE_FORMAT,
	ASSIGNMENT_FILE_VERSION,
	MAX_ASSIGNMENT_FILE_BYTES
} from './names';
import { assignmentFileChecksum } from './seal';

type CheckedLesson = Extract<LessonFileCheck, { ok: true }>;

export type AssignmentFileCheck =
	| { ok: true; file: AssignmentFile; lessons: CheckedLesson[] }
	| { ok: false; reason: string; problems: string[] };

const ASSIGNMENT_FILE: UntrustedKind<AssignmentFile> = {
	noun: 'assignment file',
	aNoun: 'an assignment file',
	format: ASSIGNMENT_FILE_FORMAT,
	oldest: ASSIGNMENT_FILE_VERSION,
	newest: ASSIGNMENT_FILE_VERSION,
	maxBytes: MAX_ASSIGNMENT_FILE_BYTES,
	// a lesson file inside it is four levels deep
	maxDepth: 20,
	schemaOf: () => assignmentFileSchema,
	again: 'Ask your teacher for the assignment file again.',
	retry: 'open it again',
	otherFormats: {
		'parallax-lesson':
			'This is a lesson file, not an assignment file: import it under Teach → Lessons.',
		'parallax-backup':
			'This is a Parallax backup, not an assignment file: import it in Settings → Backup.',
		'parallax-submission':
			'This is a student’s hand-in, not an assignment file: import it on the assignment’s page under Teach.'
	}
};

/**
 * Reads an assignment file: its checksum, its link, and each lesson it carries checked as an
 * imported lesson file is (the content build's compiler). Never throws.
 */
export async function readAssignmentFile(blob: Blob): Promise<AssignmentFileCheck> {
	const read: UntrustedRead<AssignmentFile> = await readUntrustedFile(blob, ASSIGNMENT_FILE);
	if (!read.ok) return refuse(read.reason);
	const file = read.value;
	if (assignmentFileChecksum(file) !== file.checksum) {
		return refuse(
			'This assignment file was changed after it was made, or damaged on the way: its checksum does not match. Ask your teacher for the assignment file again.'
		);
	}
	const link = await decodeAssignment(file.link.slice(file.link.indexOf('#')));
	if (!link.ok) return refuse(`The assignment in this file cannot be opened: ${link.message}`);
	const lessons: CheckedLesson[] = [];
	for (const lesson of file.lessons) {
		const check = checkLessonFileText(JSON.stringify(lesson));
		if (!check.ok) {
			return refuse(
				`The lesson “${lesson.title}” in this assignment file does not pass the checks: ${check.reason}`,
				check.problems
			);
		}
		lessons.push(check);
	}
	return { ok: true, file, lessons };
}

function refuse(reason: string, problems: string[] = []): AssignmentFileCheck {
	return { ok: false, reason, problems };
}
