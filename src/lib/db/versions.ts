import type { Dexie, Transaction } from 'dexie';
import {
	choiceFromPosition,
	isPositionalChoice,
	reshapeOldLesson,
	submissionWithOptionIds,
	type OldChoiceTexts
} from './legacy-answers';
import type { Answer, OldChoices, StoredLesson, Submission } from './types';

/**
 * The schema history. Versions are only ever added, never edited: a device may hold a database
 * written by any earlier version, and each upgrade must carry every answer forward.
 */
type SchemaVersion = {
	version: number;
	stores: Record<string, string | null>;
	// carries data written by the previous version forward
	upgrade?: (tx: Transaction) => Promise<unknown>;
};

export const SCHEMA_VERSIONS: SchemaVersion[] = [
	{
		// v1: lessons downloaded from packs, profiles and their answers, settings
		version: 1,
		stores: {
			catalog: 'id',
			lessons: 'id, hash',
			sources: '[lessonId+id], lessonId',
			profiles: 'id, name',
			answers: '[profileId+lessonId+questionId], [profileId+lessonId], lessonId',
			settings: 'key'
		}
	},
	{
		// v2: answers indexed by time (backups keep the newer answer), progress and classroom tables
		version: 2,
		stores: {
			answers:
				'[profileId+lessonId+questionId], [profileId+lessonId], lessonId, updatedAt, profileId',
			progress: '[profileId+lessonId], profileId',
			assignments: 'id, createdAt',
			submissions: 'id, assignmentId'
		},
		// v1 answers could lack a timestamp; give them one so "newer wins" never drops them
		upgrade: (tx) =>
			tx
				.table<Answer>('answers')
				.toCollection()
				.modify((answer) => {
					answer.updatedAt ??= 0;
				})
	},
	{
		// v3: assignments a profile received by link; teacher's assignments listed without archived
		version: 3,
		stores: {
			received: '[profileId+assignmentId], profileId',
			assignments: 'id, createdAt, archived',
			submissions: 'id, assignmentId'
		}
	},
	{
		// v4: multiple-choice answers record option ids, not positions (pack format 2); the option
		// texts of each stored lesson version are kept, so old hand-ins of that version still resolve
		version: 4,
		stores: { oldChoices: 'hash, lessonId' },
		upgrade: toOptionIds
	}
];

/**
 * v3 → v4, in the upgrade's one transaction: stored lessons take the pack format 2 shape, each
 * positional choice answer becomes the id of the option text it pointed at in the stored lesson
 * (or a legacy marker when that lesson is not on the device), and so do imported hand-ins.
 */
async function toOptionIds(tx: Transaction): Promise<void> {
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

/** Registers every version (up to `upTo`, for migration tests) with its upgrade. */
export function registerVersions(db: Dexie, upTo = Infinity): void {
	for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
		if (version > upTo) break;
		const declared = db.version(version).stores(stores);
		if (upgrade) declared.upgrade(upgrade);
	}
}
