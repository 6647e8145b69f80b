import { storageErrorText } from '$lib/i18n/storage-error';
import { type ParallaxDb } from '$lib/db';
import { getAssignment, listSubmissions, oldChoiceTexts } from '$lib/db/teacher/classroom-repo';
import { storeSubmission } from '$lib/db/hand-ins/hand-ins-repo';
import { oneFullStop } from '$lib/text/full-stop';
import { m } from '$lib/paraglide/messages';
import { identityFlags, shownName, studentKeyOf } from '$lib/model/student-key';
import { readSubmissionFile } from '../submission';
import type { AssignmentSpec, SubmissionFile } from '$lib/model';
import { when } from './when';

export type ImportOutcome = 'imported' | 'replaced' | 'refused';

/** One line per file for the teacher: what happened to it and why. */
export type ImportLine = {
	fileName: string;
	outcome: ImportOutcome;
	message: string;
	warnings: string[];
	assignmentId?: string;
	// the hand-in stored, and the one it replaced (kept: Undo restores it)
	submissionId?: string;
	replacedId?: string;
	// who handed it in, for the teacher to check (two hand-ins by one name, …)
	flags?: string[];
	// what exactly is wrong in a refused file (English, for whoever fixes it)
	problems?: string[];
};

/** What the teacher should know about a good file: versions that differ from the assignment. */
export function handInWarnings(spec: AssignmentSpec, file: SubmissionFile): string[] {
	const warnings: string[] = [];
	if (file.assignment.version !== spec.version) {
		warnings.push(
			m.teach_handins_warn_version({ handedIn: file.assignment.version, current: spec.version })
		);
	}
	for (const assigned of spec.lessons) {
		const lesson = file.lessons.find((l) => l.id === assigned.id);
		if (!lesson) warnings.push(m.teach_handins_warn_no_work({ id: assigned.id }));
		else if (!lesson.hash)
			warnings.push(m.teach_handins_warn_not_on_device({ title: lesson.title }));
		else if (!lesson.hash.startsWith(assigned.hash)) {
			warnings.push(m.teach_handins_warn_other_version({ title: lesson.title }));
		}
	}
	return warnings;
}

/** Checks and keeps one file. A refused file changes nothing. Never throws. */
export async function importHandIn(db: ParallaxDb, file: File): Promise<ImportLine> {
	const line = (outcome: ImportOutcome, message: string, warnings: string[] = []): ImportLine => ({
		fileName: file.name,
		outcome,
		message,
		warnings
	});
	// a hand-in of version 1 recorded choices by position: resolved with the lesson version the
	// student had, when this device held it
	const check = await readSubmissionFile(file, {
		oldChoices: (lessonId, hash) => oldChoiceTexts(db, lessonId, hash)
	});
	if (!check.ok) return { ...line('refused', check.reason), problems: check.problems };
	const handIn = check.submission;
	const name = handIn.student.name;
	try {
		const assignment = await getAssignment(db, handIn.assignment.id);
		if (!assignment) {
			return line(
				'refused',
				m.teach_handins_import_not_made_here({ title: handIn.assignment.title })
			);
		}
		const warnings = handInWarnings(assignment.spec, handIn);
		const verdict = await storeSubmission(db, {
			id: `${assignment.id}/${handIn.checksum}`,
			assignmentId: assignment.id,
			studentKey: studentKeyOf(handIn),
			file: handIn,
			importedAt: Date.now(),
			warnings
		});
		const title = assignment.spec.title;
		const done = async (
			outcome: ImportOutcome,
			message: string,
			extra: Partial<ImportLine>
		): Promise<ImportLine> => {
			const flags = identityFlags(await listSubmissions(db, assignment.id));
			return {
				...line(outcome, message, warnings),
				assignmentId: assignment.id,
				...extra,
				flags: (flags.get(extra.submissionId ?? '') ?? []).map((flag) => flag.message)
			};
		};
		switch (verdict.status) {
			case 'imported':
				return done('imported', m.teach_handins_import_imported_line({ name, title }), {
					submissionId: verdict.row.id
				});
			case 'replaced': {
				const earlier = verdict.previous;
				return done(
					'replaced',
					m.teach_handins_import_replaced_line({
						name: shownName(earlier),
						title,
						earlier: when(earlier.file.handedInAt),
						later: when(handIn.handedInAt)
					}),
					{ submissionId: verdict.row.id, replacedId: earlier.id }
				);
			}
			case 'duplicate':
				return line(
					'refused',
					verdict.existing?.replaced?.undone
						? m.teach_handins_import_duplicate_set_aside({ name })
						: verdict.existing?.replaced
							? m.teach_handins_import_duplicate_replaced({ name })
							: oneFullStop(m.teach_handins_import_duplicate({ name }))
				);
			case 'older':
				return line(
					'refused',
					m.teach_handins_import_older({
						name,
						later: when(verdict.existing!.file.handedInAt),
						earlier: when(handIn.handedInAt)
					})
				);
			case 'unknown-assignment':
				return line('refused', m.teach_handins_import_unknown());
		}
	} catch (cause) {
		return line('refused', m.teach_handins_import_failed({ error: storageErrorText(cause) }));
	}
}

/** Imports files one by one, so the good ones in a batch are kept whatever the others hold. */
export async function importHandIns(
	db: ParallaxDb,
	files: readonly File[],
	onLine?: (line: ImportLine, index: number) => void
): Promise<ImportLine[]> {
	const lines: ImportLine[] = [];
	for (const [index, file] of files.entries()) {
		const result = await importHandIn(db, file);
		lines.push(result);
		onLine?.(result, index);
	}
	return lines;
}
