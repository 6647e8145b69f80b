// One profile's highlights and notes on every lesson, with each lesson's title: what the library
// search looks through besides the lessons.
import { getDb } from '$lib/db';
import { annotationsOf } from '$lib/db/annotations/annotations-repo';
import type { Annotation } from '$lib/model';

export async function ownAnnotations(
	profileId: string
): Promise<{ rows: Annotation[]; titles: Map<string, string> }> {
	const db = getDb();
	const rows = await annotationsOf(db, profileId);
	const entries = await db.catalog.bulkGet([...new Set(rows.map((r) => r.lessonId))]);
	return { rows, titles: new Map(entries.flatMap((e) => (e ? [[e.id, e.title] as const] : []))) };
}
