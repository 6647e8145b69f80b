import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';
import type {
	Answer,
	Assignment,
	Profile,
	Progress,
	ReceivedAssignment,
	Setting,
	Submission
} from '../types';
import { mergeHandIns, mergeAssignments, mergeReceived } from '../backup-merge/classroom';
import { uniqueBy } from '../backup-merge/rows';
import { mergeAnswers, mergeProgress } from '../backup-merge/work';

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

async function addMissingSettings(db: ParallaxDb, settings: Setting[]): Promise<void> {
	const incoming = uniqueBy(
		settings.filter((s) => s.key.startsWith(PROFILE_SETTING_PREFIX)),
		(s) => s.key
	);
	const existing = await db.settings.bulkGet(incoming.map((s) => s.key));
	await db.settings.bulkAdd(incoming.filter((_, i) => !existing[i]));
}
