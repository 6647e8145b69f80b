import { explainStorageError, type ParallaxDb } from '$lib/db';
import { getAssignment, listSubmissions, oldChoiceTexts } from '$lib/db/teacher/classroom-repo';
import { storeSubmission } from '$lib/db/hand-ins/hand-ins-repo';
import { withFullStop } from '$lib/text/full-stop';
import { identityFlags, shownName, studentKeyOf } from '$lib/model/student-key';
import { readSubmissionFile } from '../submission';
import type { AssignmentSpec, SubmissionFile } from '$lib/model';

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
};

const when = (iso: string) =>
	new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What the teacher should know about a good file: versions that differ from the assignment. */
export function handInWarnings(spec: AssignmentSpec, file: SubmissionFile): string[] {
	const warnings: string[] = [];
	if (file.assignment.version !== spec.version) {
		warnings.push(
			`Handed in for version ${file.assignment.version} of the assignment; it is now at version ${spec.version}.`
		);
	}
	for (const assigned of spec.lessons) {
		const lesson = file.lessons.find((l) => l.id === assigned.id);
		if (!lesson) warnings.push(`No work for the lesson “${assigned.id}”.`);
		else if (!lesson.hash) warnings.push(`“${lesson.title}” was not on the student’s device.`);
		else if (!lesson.hash.startsWith(assigned.hash)) {
			warnings.push(
				`“${lesson.title}” was a different version on the student’s device: some questions may differ.`
			);
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
	if (!check.ok) return line('refused', check.reason);
	const handIn = check.submission;
	const name = handIn.student.name;
	try {
		const assignment = await getAssignment(db, handIn.assignment.id);
		if (!assignment) {
			return line(
				'refused',
				`This hand-in is for “${handIn.assignment.title}”, an assignment not made on this device. Import it on the device that made the assignment.`
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
				return done('imported', `Imported ${name}’s hand-in for “${title}”.`, {
					submissionId: verdict.row.id
				});
			case 'replaced': {
				const earlier = verdict.previous;
				return done(
					'replaced',
					`Replaced ${shownName(earlier)}’s earlier hand-in for “${title}” (handed in ${when(earlier.file.handedInAt)}) with this later one (${when(handIn.handedInAt)}). The earlier one is kept: Undo brings it back.`,
					{ submissionId: verdict.row.id, replacedId: earlier.id }
				);
			}
			case 'duplicate':
				return line(
					'refused',
					verdict.existing?.replaced?.undone
						? `Already imported: this is the same hand-in from ${name}, set aside by Undo; it is listed under “Replaced hand-ins”, where Undo brings it back.`
						: verdict.existing?.replaced
							? `Already imported: this is the same hand-in from ${name}, since replaced by another.`
							: withFullStop(`Already imported: this is the same hand-in from ${name}`)
				);
			case 'older':
				return line(
					'refused',
					`A later hand-in from ${name} (${when(verdict.existing!.file.handedInAt)}) is already imported; this earlier one (${when(handIn.handedInAt)}) was not.`
				);
			case 'unknown-assignment':
				return line('refused', `This hand-in is for an assignment not made on this device.`);
		}
	} catch (cause) {
		return line('refused', `Not imported: ${explainStorageError(cause).message}`);
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
