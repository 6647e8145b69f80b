import type { ParallaxDb } from '../database';
import { withReopen } from '../connection';
import type { CatalogEntry, LessonPack } from '$lib/content/model';
import type { Annotation, LessonDraft } from '$lib/model';
import { storeLessonFromFile } from '../lesson-files/lesson-files-repo';
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

/** A lesson from a lesson file, as a backup carries it: the file as it came (checked again on
 * import), and whether it was published on the device the backup came from. */
export type BackupLesson = { id: string; text: string; madeHere?: boolean };

/** A backup's lesson once its file passed the checks: what the merge stores. */
export type CheckedBackupLesson = {
	entry: CatalogEntry;
	pack: LessonPack;
	text: string;
	madeBy?: string;
	madeHere: boolean;
};

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
	// the teacher's lessons from lesson files (imported or published here), and their drafts
	lessons: BackupLesson[];
	drafts: LessonDraft[];
	// students' highlights and notes
	annotations: Annotation[];
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
	// lessons this device lacked; drafts added, or replaced by the backup's newer version
	lessonsAdded: number;
	draftsAdded: number;
	draftsUpdated: number;
	// annotations added, or replaced by the backup's newer version of the same one
	annotationsMerged: number;
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
	db.received,
	db.catalog,
	db.lessons,
	db.sources,
	db.lessonFiles,
	db.lessonDrafts,
	db.annotations
];

/** Reads everything a backup carries in one transaction, so the copy is consistent. */
export function readBackupData(db: ParallaxDb): Promise<BackupData> {
	return withReopen(db, () =>
		db.transaction('r', TABLES(db), async (tx) => ({
			profiles: await tx.profiles.toArray(),
			answers: await tx.answers.toArray(),
			progress: await tx.progress.toArray(),
			settings: await tx.settings.where('key').startsWith(PROFILE_SETTING_PREFIX).toArray(),
			assignments: await tx.assignments.toArray(),
			handIns: await tx.handIns.toArray(),
			received: await tx.received.toArray(),
			lessons: await backupLessons(tx),
			drafts: await tx.lessonDrafts.toArray(),
			annotations: await tx.annotations.toArray()
		}))
	);
}

/**
 * Merges a backup into this device without losing anything written here: the newer answer
 * wins, reading progress is combined, existing profiles and settings are left alone, the newer
 * version of an assignment wins, and hand-ins this device lacks are added (see mergeHandIns).
 * Lessons (`lessons`: the backup's, already checked as lesson files are) are added when this
 * device has no lesson of that id; drafts when this device has none, or an older one.
 * Importing the same backup again changes nothing. One transaction: a failure part-way (e.g. a
 * full disk) changes nothing.
 */
export function mergeBackupData(
	db: ParallaxDb,
	data: BackupData,
	lessons: CheckedBackupLesson[] = []
): Promise<MergeSummary> {
	return withReopen(db, () =>
		db.transaction('rw', TABLES(db), async (tx) => {
			const profilesAdded = await addMissingProfiles(tx, data.profiles);
			const answers = await mergeAnswers(tx, data.answers);
			const progressMerged = await mergeProgress(tx, data.progress);
			await addMissingSettings(tx, data.settings);
			const assignments = await mergeAssignments(tx, data.assignments);
			const handInsAdded = await mergeHandIns(tx, data.handIns);
			const receivedMerged = await mergeReceived(tx, data.received);
			const lessonsAdded = await addMissingLessons(tx, lessons);
			const drafts = await mergeDrafts(tx, data.drafts);
			const annotationsMerged = await mergeAnnotations(tx, data.annotations);
			return {
				profilesAdded,
				...answers,
				progressMerged,
				...assignments,
				handInsAdded,
				receivedMerged,
				lessonsAdded,
				...drafts,
				annotationsMerged
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

async function backupLessons(db: ParallaxDb): Promise<BackupLesson[]> {
	const files = await db.lessonFiles.toArray();
	const rows = await db.catalog.bulkGet(files.map((file) => file.id));
	return files.map((file, i) => ({
		id: file.id,
		text: file.text,
		...(rows[i]?.madeHere ? { madeHere: true } : {})
	}));
}

// a lesson already on this device stays as it is: the backup never replaces one
async function addMissingLessons(db: ParallaxDb, lessons: CheckedBackupLesson[]): Promise<number> {
	let added = 0;
	for (const lesson of uniqueBy(lessons, (l) => l.entry.id)) {
		if (await db.catalog.get(lesson.entry.id)) continue;
		await storeLessonFromFile(db, lesson, lesson.madeHere);
		added += 1;
	}
	return added;
}

async function mergeDrafts(
	db: ParallaxDb,
	drafts: LessonDraft[]
): Promise<Pick<MergeSummary, 'draftsAdded' | 'draftsUpdated'>> {
	const incoming = uniqueBy(drafts, (d) => d.id);
	const existing = await db.lessonDrafts.bulkGet(incoming.map((d) => d.id));
	const added = incoming.filter((_, i) => !existing[i]);
	const newer = incoming.filter((d, i) => existing[i] && existing[i].updatedAt < d.updatedAt);
	await db.lessonDrafts.bulkPut([...added, ...newer]);
	return { draftsAdded: added.length, draftsUpdated: newer.length };
}

// annotations this device lacks, or holds in an older version (by updatedAt): the newer is kept
async function mergeAnnotations(db: ParallaxDb, rows: Annotation[]): Promise<number> {
	const incoming = uniqueBy(rows, (row) => row.id);
	const existing = await db.annotations.bulkGet(incoming.map((row) => row.id));
	const newer = incoming.filter((row, i) => !existing[i] || existing[i].updatedAt < row.updatedAt);
	await db.annotations.bulkPut(newer);
	return newer.length;
}
