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
import { m } from '$lib/paraglide/messages';

type CheckedLesson = Extract<LessonFileCheck, { ok: true }>;

export type AssignmentFileCheck =
	| { ok: true; file: AssignmentFile; lessons: CheckedLesson[] }
	| { ok: false; reason: string; problems: string[] };

const ASSIGNMENT_FILE: UntrustedKind<AssignmentFile> = {
	file: 'assignmentfile',
	format: ASSIGNMENT_FILE_FORMAT,
	oldest: ASSIGNMENT_FILE_VERSION,
	newest: ASSIGNMENT_FILE_VERSION,
	maxBytes: MAX_ASSIGNMENT_FILE_BYTES,
	// a lesson file inside it is four levels deep
	maxDepth: 20,
	schemaOf: () => assignmentFileSchema,
	otherFormats: {
		get 'parallax-lesson'() {
			return m.files_assignment_is_lesson();
		},
		get 'parallax-backup'() {
			return m.files_assignment_is_backup();
		},
		get 'parallax-submission'() {
			return m.files_assignment_is_hand_in();
		}
	}
};

/**
 * Reads an assignment file: its checksum, its link, and each lesson it carries checked as an
 * imported lesson file is (the content build's compiler). Never throws.
 */
export async function readAssignmentFile(blob: Blob): Promise<AssignmentFileCheck> {
	const read: UntrustedRead<AssignmentFile> = await readUntrustedFile(blob, ASSIGNMENT_FILE);
	if (!read.ok) return read;
	const file = read.value;
	if (assignmentFileChecksum(file) !== file.checksum) {
		return refuse(m.files_assignment_changed());
	}
	const link = await decodeAssignment(file.link.slice(file.link.indexOf('#')));
	if (!link.ok) return refuse(m.files_assignment_link_refused({ reason: link.message }));
	const lessons: CheckedLesson[] = [];
	for (const lesson of file.lessons) {
		const check = checkLessonFileText(JSON.stringify(lesson));
		if (!check.ok) {
			return refuse(
				m.files_assignment_lesson_refused({ title: lesson.title, reason: check.reason }),
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
