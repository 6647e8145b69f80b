import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type { Answer } from './types';

export async function saveAnswer(db: ParallaxDb, answer: Answer): Promise<void> {
	await withReopen(db, () => db.answers.put(answer));
}

export function answersFor(db: ParallaxDb, profileId: string, lessonId: string): Promise<Answer[]> {
	return withReopen(db, () =>
		db.answers.where('[profileId+lessonId]').equals([profileId, lessonId]).toArray()
	);
}
