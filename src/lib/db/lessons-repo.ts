import type { CatalogEntry, CompiledLesson, LessonPack } from '$lib/content/model';
import type { ParallaxDb } from './database';
import { withReopen } from './connection';
import type { StoredLesson, StoredSource } from './types';

export type LessonWithSources = { stored: StoredLesson; sources: StoredSource[] };

/**
 * Stores downloaded packs. Lessons and their sources are written in one transaction: a failure
 * (full disk, closed tab) leaves every lesson in the batch exactly as it was before.
 */
export function savePacks(
	db: ParallaxDb,
	items: { entry: CatalogEntry; pack: LessonPack }[]
): Promise<void> {
	const savedAt = Date.now();
	const lessons: StoredLesson[] = items.map(({ entry, pack }) => ({
		id: pack.lesson.id,
		hash: pack.hash,
		lesson: pack.lesson,
		glossary: pack.glossary,
		sourceIds: pack.sources.map((s) => s.id),
		bytes: entry.bytes,
		savedAt
	}));
	const sources = items.flatMap(({ pack }) =>
		pack.sources.map((s) => ({ ...s, lessonId: pack.lesson.id }))
	);
	return withReopen(db, () =>
		db.transaction('rw', [db.lessons, db.sources], async (tx) => {
			await tx.sources
				.where('lessonId')
				.anyOf(lessons.map((l) => l.id))
				.delete();
			await tx.sources.bulkPut(sources);
			await tx.lessons.bulkPut(lessons);
		})
	);
}

export function savePack(db: ParallaxDb, entry: CatalogEntry, pack: LessonPack): Promise<void> {
	return savePacks(db, [{ entry, pack }]);
}

export function getLesson(db: ParallaxDb, id: string): Promise<LessonWithSources | undefined> {
	return withReopen(db, () =>
		db.transaction('r', [db.lessons, db.sources], async (tx) => {
			const stored = await tx.lessons.get(id);
			if (!stored) return undefined;
			const rows = await tx.sources.where('lessonId').equals(id).toArray();
			const byId = new Map(rows.map((s) => [s.id, s]));
			const sources = stored.sourceIds.map((s) => byId.get(s)).filter((s) => s !== undefined);
			return { stored, sources };
		})
	);
}

/** Lesson id → hash of the version on this device. */
export async function storedHashes(db: ParallaxDb): Promise<Map<string, string>> {
	const hashes = new Map<string, string>();
	// keys only, from the hash index: the lessons themselves are large and not needed here
	await withReopen(db, () =>
		db.lessons.orderBy('hash').eachKey((hash, cursor) => {
			hashes.set(String(cursor.primaryKey), String(hash));
		})
	);
	return hashes;
}

/** The compiled lessons stored on this device (for progress: their questions and accounts). */
export async function storedLessons(db: ParallaxDb): Promise<CompiledLesson[]> {
	const rows = await withReopen(db, () => db.lessons.toArray());
	return rows.map((row) => row.lesson);
}

/** Only the named lessons, those stored (the library reads the few a profile has touched). */
export async function storedLessonsNamed(db: ParallaxDb, ids: string[]): Promise<CompiledLesson[]> {
	const rows = await withReopen(db, () => db.lessons.bulkGet([...new Set(ids)]));
	return rows.filter((row) => row !== undefined).map((row) => row.lesson);
}
