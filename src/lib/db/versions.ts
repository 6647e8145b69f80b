import type { SchemaVersion, UpgradeTables } from './store';
import type { Answer } from './types';

/**
 * The schema history. Versions are only ever added, never edited: a device may hold a database
 * written by any earlier version, and each upgrade must carry every answer forward.
 */
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
		// its code loads only on a device that upgrades (see provideUpgrade)
		...loadedUpgrade(4)
	},
	{
		// v5: every profile has a random, stable uid (hand-ins carry it); imported hand-ins are kept
		// one row per file in `handIns`, so a replaced one stays for Undo (`submissions` held one
		// row per assignment and lower-cased name: a second "Me" overwrote the first)
		version: 5,
		stores: { handIns: 'id, assignmentId', submissions: null },
		...loadedUpgrade(5)
	},
	{
		// v6: lesson files imported on this device, kept as they came (the lesson itself is stored
		// in catalog, lessons and sources like a downloaded one), and lessons being written here
		version: 6,
		stores: { lessonFiles: 'id', lessonDrafts: 'id, updatedAt' }
	},
	{
		// v7: students' highlights and notes, per profile and lesson
		version: 7,
		stores: { annotations: 'id, [profileId+lessonId], profileId, updatedAt' }
	}
];

/** An upgrade whose code lives in its own module, loaded only when a database needs it. */
type UpgradeModule = { upgrade: (tx: UpgradeTables) => Promise<unknown> };
const upgradeLoaders = new Map<number, () => Promise<UpgradeModule>>();
const loadedUpgrades = new Map<number, UpgradeModule['upgrade']>();

/**
 * Tells the schema where an upgrade's code is: the app's pages do (`$lib/db` index), so a first
 * visit, which creates the database at the latest version and runs no upgrade, never loads it.
 * A context that never provides it (the search worker, which opens the database only after the
 * page has) refuses to upgrade, which leaves the database as it was.
 */
export function provideUpgrade(version: number, load: () => Promise<UpgradeModule>): void {
	upgradeLoaders.set(version, load);
}

// the module loads before the upgrade's transaction starts, which could not wait for it
function loadedUpgrade(version: number): Pick<SchemaVersion, 'prepare' | 'upgrade'> {
	return {
		prepare: async () => {
			const load = upgradeLoaders.get(version);
			if (!load) throw new Error(`The database needs upgrading to version ${version} by the app.`);
			loadedUpgrades.set(version, (await load()).upgrade);
		},
		upgrade: (tx) => loadedUpgrades.get(version)!(tx)
	};
}
