import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type { Answer, Profile, Progress, Setting } from './types';

/** Everything students made on this device: what a backup carries. */
export type BackupData = {
	profiles: Profile[];
	answers: Answer[];
	progress: Progress[];
	settings: Setting[];
};

/** What an import did, so the teacher can see that it worked. */
export type MergeSummary = {
	profilesAdded: number;
	answersAdded: number;
	answersUpdated: number;
	// backup answers not written because this device's copy is as new or newer
	answersKept: number;
	// progress rows added or changed on this device
	progressMerged: number;
};

// the prefix profileSettingKey gives; device-wide settings stay with the device
const PROFILE_SETTING_PREFIX = 'profile.';

/** Reads everything a backup carries in one transaction, so the copy is consistent. */
export function readBackupData(db: ParallaxDb): Promise<BackupData> {
	return withReopen(db, () =>
		db.transaction('r', [db.profiles, db.answers, db.progress, db.settings], async () => ({
			profiles: await db.profiles.toArray(),
			answers: await db.answers.toArray(),
			progress: await db.progress.toArray(),
			settings: await db.settings.where('key').startsWith(PROFILE_SETTING_PREFIX).toArray()
		}))
	);
}

/**
 * Merges a backup into this device without losing anything written here: the newer answer
 * wins, reading progress is combined, and existing profiles and settings are left alone.
 * One transaction: a failure part-way (e.g. a full disk) changes nothing.
 */
export function mergeBackupData(db: ParallaxDb, data: BackupData): Promise<MergeSummary> {
	return withReopen(db, () =>
		db.transaction('rw', [db.profiles, db.answers, db.progress, db.settings], async () => {
			const profilesAdded = await addMissingProfiles(db, data.profiles);
			const answers = await mergeAnswers(db, data.answers);
			const progressMerged = await mergeProgress(db, data.progress);
			await addMissingSettings(db, data.settings);
			return { profilesAdded, ...answers, progressMerged };
		})
	);
}

async function addMissingProfiles(db: ParallaxDb, profiles: Profile[]): Promise<number> {
	const incoming = uniqueBy(profiles, (p) => p.id);
	const existing = await db.profiles.bulkGet(incoming.map((p) => p.id));
	const missing = incoming.filter((_, i) => !existing[i]);
	await db.profiles.bulkAdd(missing);
	return missing.length;
}

async function mergeAnswers(
	db: ParallaxDb,
	answers: Answer[]
): Promise<Pick<MergeSummary, 'answersAdded' | 'answersUpdated' | 'answersKept'>> {
	const incoming = newestAnswers(answers);
	const existing = await db.answers.bulkGet(
		incoming.map((a): [string, string, string] => [a.profileId, a.lessonId, a.questionId])
	);
	let answersAdded = 0;
	let answersUpdated = 0;
	const toWrite: Answer[] = [];
	incoming.forEach((answer, i) => {
		const current = existing[i];
		if (!current) answersAdded++;
		else if (answer.updatedAt > current.updatedAt) answersUpdated++;
		else return;
		toWrite.push(answer);
	});
	await db.answers.bulkPut(toWrite);
	const answersKept = answers.length - answersAdded - answersUpdated;
	return { answersAdded, answersUpdated, answersKept };
}

// a hand-edited file may hold one question twice: only its newest answer can win
function newestAnswers(answers: Answer[]): Answer[] {
	const newest = new Map<string, Answer>();
	for (const answer of answers) {
		const key = JSON.stringify([answer.profileId, answer.lessonId, answer.questionId]);
		const seen = newest.get(key);
		if (!seen || answer.updatedAt > seen.updatedAt) newest.set(key, answer);
	}
	return [...newest.values()];
}

async function mergeProgress(db: ParallaxDb, progress: Progress[]): Promise<number> {
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

async function addMissingSettings(db: ParallaxDb, settings: Setting[]): Promise<void> {
	const incoming = uniqueBy(
		settings.filter((s) => s.key.startsWith(PROFILE_SETTING_PREFIX)),
		(s) => s.key
	);
	const existing = await db.settings.bulkGet(incoming.map((s) => s.key));
	await db.settings.bulkAdd(incoming.filter((_, i) => !existing[i]));
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const k = key(item);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
