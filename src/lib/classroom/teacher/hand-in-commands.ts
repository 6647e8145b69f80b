// What a teacher does to the hand-ins of one assignment: import files, undo a replacement, merge
// one student's hand-ins, rename one. Components call these; none of them opens the database.
import { getDb } from '$lib/db';
import {
	mergeSubmissions,
	renameSubmission,
	undoReplacement
} from '$lib/db/hand-ins/hand-ins-repo';
import type { ImportLine } from './import-hand-ins';

/** Imports hand-in files one by one, telling `online` what happened to each as it goes. */
export async function importHandInFiles(
	files: readonly File[],
	online: (line: ImportLine) => void
): Promise<void> {
	// the file reader loads with the first import: the page opens without it
	const { importHandIns } = await import('./import-hand-ins');
	await importHandIns(getDb(), files, online);
}

/** Brings back the hand-in that `submissionId` replaced (see `undoReplacement`). */
export const undoHandInReplacement = (submissionId: string) =>
	undoReplacement(getDb(), submissionId);

/** Keeps the latest of one student's hand-ins for review; undefined when they changed meanwhile. */
export const mergeHandIns = (submissionIds: readonly string[]) =>
	mergeSubmissions(getDb(), submissionIds);

/** The name a hand-in shows under; an empty label shows the name it was handed in with. */
export const renameHandIn = (submissionId: string, label: string) =>
	renameSubmission(getDb(), submissionId, label);
