import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type {
	Answer,
	Assignment,
	Profile,
	Progress,
	ReceivedAssignment,
	Setting,
	Submission
} from './types';

/** A profile as a backup holds it: one from before backup version 3 has no uid yet. */
export type BackupProfile = Omit<Profile, 'uid'> & { uid?: string };

/** Everything a person made or received on this device: what a backup carries. */
export type BackupData = {
	profiles: BackupProfile[];
	answers: Answer[];
	progress: Progress[];
	settings: Setting[];
	// the teacher's: assignments made here, and the hand-ins imported (replaced ones too, for Undo)
	assignments: Assignment[];
	handIns: Submission[];
	// the students': assignments each profile received by link
	received: ReceivedAssignment[];
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
	// assignments added, or replaced by a newer version of the same assignment
	assignmentsAdded: number;
	assignmentsUpdated: number;
	// hand-ins this device did not have (the same file is never added twice)
	handInsAdded: number;
	// received assignments added or brought up to date
	receivedMerged: number;
};

// the prefix profileSettingKey gives; device-wide settings stay with the device
const PROFILE_SETTING_PREFIX = 'profile.';

const TABLES = (db: ParallaxDb) => [
	db.profiles,
	db.answers,
	db.progress,
	db.settings,
	db.assignments,
	db.handIns,
	db.received
];

/** Reads everything a backup carries in one transaction, so the copy is consistent. */
export function readBackupData(db: ParallaxDb): Promise<BackupData> {
	return withReopen(db, () =>
		db.transaction('r', TABLES(db), async () => ({
			profiles: await db.profiles.toArray(),
			answers: await db.answers.toArray(),
			progress: await db.progress.toArray(),
			settings: await db.settings.where('key').startsWith(PROFILE_SETTING_PREFIX).toArray(),
			assignments: await db.assignments.toArray(),
			handIns: await db.handIns.toArray(),
			received: await db.received.toArray()
		}))
	);
}

/**
 * Merges a backup into this device without losing anything written here: the newer answer
 * wins, reading progress is combined, existing profiles and settings are left alone, the newer
 * version of an assignment wins, and hand-ins this device lacks are added (see mergeHandIns).
 * Importing the same backup again changes nothing. One transaction: a failure part-way (e.g. a
 * full disk) changes nothing.
 */
export function mergeBackupData(db: ParallaxDb, data: BackupData): Promise<MergeSummary> {
	return withReopen(db, () =>
		db.transaction('rw', TABLES(db), async () => {
			const profilesAdded = await addMissingProfiles(db, data.profiles);
			const answers = await mergeAnswers(db, data.answers);
			const progressMerged = await mergeProgress(db, data.progress);
			await addMissingSettings(db, data.settings);
			const assignments = await mergeAssignments(db, data.assignments);
			const handInsAdded = await mergeHandIns(db, data.handIns);
			const receivedMerged = await mergeReceived(db, data.received);
			return {
				profilesAdded,
				...answers,
				progressMerged,
				...assignments,
				handInsAdded,
				receivedMerged
			};
		})
	);
}

async function addMissingProfiles(db: ParallaxDb, profiles: BackupProfile[]): Promise<number> {
	const incoming = uniqueBy(profiles, (p) => p.id);
	const existing = await db.profiles.bulkGet(incoming.map((p) => p.id));
	// a profile from an older backup is given its uid now, as the v5 upgrade gave this device's
	const missing = incoming
		.filter((_, i) => !existing[i])
		.map((profile): Profile => ({ ...profile, uid: profile.uid || crypto.randomUUID() }));
	await db.profiles.bulkAdd(missing);
	return missing.length;
}

async function mergeAssignments(
	db: ParallaxDb,
	assignments: Assignment[]
): Promise<Pick<MergeSummary, 'assignmentsAdded' | 'assignmentsUpdated'>> {
	const incoming = newestBy(
		assignments,
		(a) => a.id,
		(a) => [a.spec.version, a.updatedAt]
	);
	const existing = await db.assignments.bulkGet(incoming.map((a) => a.id));
	let assignmentsAdded = 0;
	let assignmentsUpdated = 0;
	const toWrite: Assignment[] = [];
	incoming.forEach((row, i) => {
		const current = existing[i];
		if (!current) assignmentsAdded++;
		else if (row.spec.version > current.spec.version) assignmentsUpdated++;
		else return;
		// archiving is this device's choice: it stays as it is here
		toWrite.push(current ? { ...row, archived: current.archived } : row);
	});
	await db.assignments.bulkPut(toWrite);
	return { assignmentsAdded, assignmentsUpdated };
}

/**
 * Adds the hand-ins this device lacks (a row is one file: the same file is never added twice).
 * A row already here keeps its state here (replaced or not, its name). Then each student has one
 * current hand-in again: where the backup and this device each hold one as current, the later
 * one is, and the other is kept as replaced by it, so the teacher can see it and undo it.
 */
async function mergeHandIns(db: ParallaxDb, handIns: Submission[]): Promise<number> {
	const incoming = uniqueBy(handIns, (row) => row.id);
	const existing = await db.handIns.bulkGet(incoming.map((row) => row.id));
	const missing = incoming.filter((_, i) => !existing[i]);
	await db.handIns.bulkAdd(missing);
	const at = Date.now();
	for (const assignmentId of new Set(missing.map((row) => row.assignmentId))) {
		const rows = await db.handIns.where('assignmentId').equals(assignmentId).toArray();
		const ids = new Set(rows.map((row) => row.id));
		const changed = new Map<string, Submission>();
		// replaced by a hand-in in neither copy (a hand-edited file): current again
		for (const row of rows) {
			if (!row.replaced || ids.has(row.replaced.by)) continue;
			const current = { ...row };
			delete current.replaced;
			changed.set(row.id, current);
		}
		const current = rows.map((row) => changed.get(row.id) ?? row).filter((row) => !row.replaced);
		const time = (row: Submission) => Date.parse(row.file.handedInAt);
		for (const row of current) {
			const latest = current
				.filter((other) => sameStudent(row, other))
				.reduce((a, b) => (time(b) > time(a) ? b : a));
			if (latest !== row) changed.set(row.id, { ...row, replaced: { by: latest.id, at } });
		}
		await db.handIns.bulkPut([...changed.values()]);
	}
	return missing.length;
}

const sameStudent = (a: Submission, b: Submission) =>
	a.studentKey === b.studentKey ||
	!!a.aliases?.includes(b.studentKey) ||
	!!b.aliases?.includes(a.studentKey);

async function mergeReceived(db: ParallaxDb, received: ReceivedAssignment[]): Promise<number> {
	const key = (row: ReceivedAssignment): [string, string] => [row.profileId, row.assignmentId];
	const incoming = newestBy(
		received,
		(row) => JSON.stringify(key(row)),
		(row) => [row.spec.version, row.handedInAt ?? 0]
	);
	const existing = await db.received.bulkGet(incoming.map(key));
	const toWrite: ReceivedAssignment[] = [];
	incoming.forEach((row, i) => {
		const current = existing[i];
		if (!current) {
			toWrite.push(row);
			return;
		}
		const newer = row.spec.version > current.spec.version ? row : current;
		const handedIn = (row.handedInAt ?? 0) > (current.handedInAt ?? 0) ? row : current;
		const merged: ReceivedAssignment = {
			...current,
			spec: newer.spec,
			receivedAt: newer.receivedAt
		};
		if (handedIn.handedInAt !== undefined) {
			merged.handedInAt = handedIn.handedInAt;
			if (handedIn.handedInVersion !== undefined) merged.handedInVersion = handedIn.handedInVersion;
			if (handedIn.studentName) merged.studentName = handedIn.studentName;
		}
		merged.studentName ??= row.studentName;
		if (JSON.stringify(merged) !== JSON.stringify(current)) toWrite.push(merged);
	});
	await db.received.bulkPut(toWrite);
	return toWrite.length;
}

// a hand-edited file may hold one row twice: only its newest counts
function newestBy<T>(items: T[], key: (item: T) => string, rank: (item: T) => number[]): T[] {
	const newest = new Map<string, T>();
	const later = (a: number[], b: number[]) => {
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
		return false;
	};
	for (const item of items) {
		const k = key(item);
		const seen = newest.get(k);
		if (!seen || later(rank(item), rank(seen))) newest.set(k, item);
	}
	return [...newest.values()];
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
