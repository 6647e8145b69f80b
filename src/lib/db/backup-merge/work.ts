import type { ParallaxDb } from '../database';
import type { Answer, Progress } from '../types';
import type { MergeSummary } from '../backup/backup-repo';
import { newOrNewer, newestBy } from './rows';

// a person's own work from a backup: answers (the newer wins) and reading progress (combined)

export async function mergeAnswers(
	db: ParallaxDb,
	answers: Answer[]
): Promise<Pick<MergeSummary, 'answersAdded' | 'answersUpdated' | 'answersKept'>> {
	// a hand-edited file may hold one question twice: only its newest answer can win
	const incoming = newestBy(
		answers,
		(a) => JSON.stringify([a.profileId, a.lessonId, a.questionId]),
		(a) => [a.updatedAt]
	);
	const existing = await db.answers.bulkGet(
		incoming.map((a): [string, string, string] => [a.profileId, a.lessonId, a.questionId])
	);
	const { added, updated } = newOrNewer(
		incoming,
		existing,
		(answer, current) => answer.updatedAt > current.updatedAt
	);
	await db.answers.bulkPut([...added, ...updated.map(({ row }) => row)]);
	const answersAdded = added.length;
	const answersUpdated = updated.length;
	const answersKept = answers.length - answersAdded - answersUpdated;
	return { answersAdded, answersUpdated, answersKept };
}

export async function mergeProgress(db: ParallaxDb, progress: Progress[]): Promise<number> {
	const incoming = new Map<string, Progress>();
	for (const row of progress) {
		const key = JSON.stringify([row.profileId, row.lessonId]);
		const seen = incoming.get(key);
		incoming.set(key, seen ? combineProgress(seen, row) : row);
	}
	const rows = [...incoming.values()];
	const existing = await db.progress.bulkGet(
		rows.map((row): [string, string] => [row.profileId, row.lessonId])
	);
	const toWrite: Progress[] = [];
	rows.forEach((row, i) => {
		const current = existing[i];
		const merged = current ? combineProgress(current, row) : row;
		if (!current || !sameProgress(current, merged)) toWrite.push(merged);
	});
	await db.progress.bulkPut(toWrite);
	return toWrite.length;
}

/**
 * Two records of one lesson's progress as one: a source read on either device stays read
 * (reading does not un-happen); for a position both have, the newer record's wins.
 */
function combineProgress(mine: Progress, theirs: Progress): Progress {
	const [older, newer] = theirs.updatedAt > mine.updatedAt ? [mine, theirs] : [theirs, mine];
	const read: Record<string, boolean> = {};
	for (const sourceId of new Set([...Object.keys(mine.read), ...Object.keys(theirs.read)])) {
		read[sourceId] = mine.read[sourceId] === true || theirs.read[sourceId] === true;
	}
	return {
		profileId: mine.profileId,
		lessonId: mine.lessonId,
		read,
		position: { ...older.position, ...newer.position },
		updatedAt: newer.updatedAt
	};
}

function sameProgress(a: Progress, b: Progress): boolean {
	return (
		a.updatedAt === b.updatedAt && sameRecord(a.read, b.read) && sameRecord(a.position, b.position)
	);
}

function sameRecord<T>(a: Record<string, T>, b: Record<string, T>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
