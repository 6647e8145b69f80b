import type Dexie from 'dexie';
import type { Answer } from './types';

/**
 * The schema history. Versions are only ever added, never edited: a device may hold a database
 * written by any earlier version, and each upgrade must carry every answer forward.
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string | null> }[] = [
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
		}
	}
];

/** Registers every version with its upgrade on a database instance. */
export function registerVersions(db: Dexie, upTo = Infinity): void {
	for (const { version, stores } of SCHEMA_VERSIONS) {
		if (version > upTo) break;
		const declared = db.version(version).stores(stores);
		if (version === 2) {
			// v1 answers could lack a timestamp; give them one so "newer wins" never drops them
			declared.upgrade((tx) =>
				tx
					.table<Answer>('answers')
					.toCollection()
					.modify((answer) => {
						answer.updatedAt ??= 0;
					})
			);
		}
	}
}
