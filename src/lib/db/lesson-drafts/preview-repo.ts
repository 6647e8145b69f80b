import { withReopen } from '../connection';
import type { ParallaxDb } from '../database';

// a previewed draft is read under this prefix, so what a teacher tries in it never mixes with a
// published lesson's answers; it is swept away when the preview closes
export const PREVIEW_PREFIX = 'preview--';

/** Deletes every answer, reading progress and lesson setting a preview left behind. */
export function sweepPreviews(db: ParallaxDb): Promise<void> {
	return withReopen(db, () =>
		db.transaction('rw', [db.answers, db.progress, db.settings], async (tx) => {
			await tx.answers.where('lessonId').startsWith(PREVIEW_PREFIX).delete();
			await tx.progress.filter((row) => row.lessonId.startsWith(PREVIEW_PREFIX)).delete();
			await tx.settings.filter((row) => row.key.includes(`.${PREVIEW_PREFIX}`)).delete();
		})
	);
}
