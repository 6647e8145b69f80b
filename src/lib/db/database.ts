import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	Answer,
	Assignment,
	CatalogRow,
	Annotation,
	LessonDraft,
	OldChoices,
	Profile,
	Progress,
	ReceivedAssignment,
	Setting,
	StoredLesson,
	StoredLessonFile,
	StoredSource,
	Submission
} from './types';
import { registerVersions } from './versions';

export const DB_NAME = 'parallax';

/** Everything Parallax keeps on the device. Only src/lib/db/ talks to Dexie. */
export class ParallaxDb extends Dexie {
	catalog!: EntityTable<CatalogRow, 'id'>;
	lessons!: EntityTable<StoredLesson, 'id'>;
	sources!: Table<StoredSource, [string, string]>;
	profiles!: EntityTable<Profile, 'id'>;
	answers!: Table<Answer, [string, string, string]>;
	progress!: Table<Progress, [string, string]>;
	assignments!: EntityTable<Assignment, 'id'>;
	// hand-ins the teacher imported (v5; v2–v4 kept them in `submissions`, one per name)
	handIns!: EntityTable<Submission, 'id'>;
	received!: Table<ReceivedAssignment, [string, string]>;
	oldChoices!: EntityTable<OldChoices, 'hash'>;
	settings!: EntityTable<Setting, 'key'>;
	// lesson files imported here, as they came, and lessons being written here (v6)
	lessonFiles!: EntityTable<StoredLessonFile, 'id'>;
	lessonDrafts!: EntityTable<LessonDraft, 'id'>;
	// students' highlights and notes (v7)
	annotations!: EntityTable<Annotation, 'id'>;

	constructor(name = DB_NAME) {
		// strict: a committed answer is on disk, not in an OS buffer, so even a power cut keeps it
		super(name, { chromeTransactionDurability: 'strict' });
		registerVersions(this);
	}
}
