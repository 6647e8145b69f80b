import { IdbDatabase, type Table } from './store';
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
import { SCHEMA_VERSIONS } from './versions';

export const DB_NAME = 'parallax';

/** Everything Parallax keeps on the device. Only src/lib/db/ talks to IndexedDB. */
export class ParallaxDb extends IdbDatabase {
	/** `upTo`: the schema as an earlier version made it (for migration tests). */
	constructor(name = DB_NAME, upTo = Infinity) {
		super(
			name,
			SCHEMA_VERSIONS.filter(({ version }) => version <= upTo)
		);
	}

	get catalog(): Table<CatalogRow, string> {
		return this.table('catalog');
	}
	get lessons(): Table<StoredLesson, string> {
		return this.table('lessons');
	}
	get sources(): Table<StoredSource, [string, string]> {
		return this.table('sources');
	}
	get profiles(): Table<Profile, string> {
		return this.table('profiles');
	}
	get answers(): Table<Answer, [string, string, string]> {
		return this.table('answers');
	}
	get progress(): Table<Progress, [string, string]> {
		return this.table('progress');
	}
	get assignments(): Table<Assignment, string> {
		return this.table('assignments');
	}
	// hand-ins the teacher imported (v5; v2–v4 kept them in `submissions`, one per name)
	get handIns(): Table<Submission, string> {
		return this.table('handIns');
	}
	get received(): Table<ReceivedAssignment, [string, string]> {
		return this.table('received');
	}
	get oldChoices(): Table<OldChoices, string> {
		return this.table('oldChoices');
	}
	get settings(): Table<Setting, string> {
		return this.table('settings');
	}
	// lesson files imported here, as they came, and lessons being written here (v6)
	get lessonFiles(): Table<StoredLessonFile, string> {
		return this.table('lessonFiles');
	}
	get lessonDrafts(): Table<LessonDraft, string> {
		return this.table('lessonDrafts');
	}
	// students' highlights and notes (v7)
	get annotations(): Table<Annotation, string> {
		return this.table('annotations');
	}
}
