// The schema v3 → v4 upgrade, in its own module: the database loads it only when a device's
// database needs it (see provideUpgrade in db/versions.ts).
import type { UpgradeTables } from '../store';
import type { Answer, OldChoices, StoredLesson, Submission } from '$lib/db/types';
import {
	choiceFromPosition,
	isPositionalChoice,
	reshapeOldLesson,
	submissionWithOptionIds,
	type OldChoiceTexts
} from '$lib/legacy/answers';

/**
 * v3 → v4, in the upgrade's one transaction: stored lessons take the pack format 2 shape, each
 * positional choice answer becomes the id of the option text it pointed at in the stored lesson
 * (or a legacy marker when that lesson is not on the device), and so do imported hand-ins.
 */
export async function upgrade(tx: UpgradeTables): Promise<void> {
	const lessons = tx.table<StoredLesson, string>('lessons');
	const byLesson = new Map<string, OldChoiceTexts>();
	const byHash = new Map<string, OldChoices>();
	const reshaped = (await lessons.toArray()).map((row) => {
		const { lesson, choices } = reshapeOldLesson(row.lesson);
		byLesson.set(row.id, choices);
		if (Object.keys(choices).length) {
			byHash.set(row.hash, { hash: row.hash, lessonId: row.id, questions: choices });
		}
		return { ...row, lesson };
	});
	await lessons.bulkPut(reshaped);
	await tx.table<OldChoices, string>('oldChoices').bulkPut([...byHash.values()]);
	await tx
		.table<Answer>('answers')
		.toCollection()
		.modify((answer) => {
			if (!isPositionalChoice(answer.value)) return;
			answer.value = choiceFromPosition(
				answer.value,
				byLesson.get(answer.lessonId)?.[answer.questionId]
			);
		});
	await tx
		.table<Submission>('submissions')
		.toCollection()
		.modify((row) => {
			const file = submissionWithOptionIds(row.file, (_id, hash) => byHash.get(hash)?.questions);
			// now in the shape of hand-in version 2; the checksum stays the file's own
			if (file !== row.file) row.file = { ...file, version: 2 };
		});
}
