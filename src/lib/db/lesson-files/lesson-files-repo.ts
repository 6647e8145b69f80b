import type { CatalogEntry, CompiledLesson, LessonPack } from '$lib/content/model';
import { withReopen } from '../connection';
import type { ParallaxDb } from '../database';

/** What storing a lesson from a file did. */
export type LessonFileVerdict =
	| { kind: 'new' }
	// this very version is already here
	| { kind: 'same' }
	// an earlier version was replaced; its answers stay, under the same lesson and question ids
	| { kind: 'updated'; previous: CompiledLesson | undefined }
	// the library has a different version of a lesson with this id: a file does not replace it
	| { kind: 'library' };

/**
 * Stores a checked lesson file's lesson (catalog row, lesson, sources) and the file itself, in
 * one transaction: a failure leaves the device as it was. Answers are never touched.
 */
export function storeLessonFromFile(
	db: ParallaxDb,
	lesson: { entry: CatalogEntry; pack: LessonPack; text: string; madeBy?: string },
	// published from this device's editor rather than imported
	madeHere = false
): Promise<LessonFileVerdict> {
	const { entry, pack, text, madeBy } = lesson;
	return withReopen(db, () =>
		db.transaction(
			'rw',
			[db.catalog, db.lessons, db.sources, db.lessonFiles],
			async (tx): Promise<LessonFileVerdict> => {
				const known = await tx.catalog.get(entry.id);
				const stored = await tx.lessons.get(entry.id);
				if (known && known.origin !== 'file' && known.hash !== entry.hash)
					return { kind: 'library' };
				if (stored?.hash === entry.hash && (await tx.lessonFiles.get(entry.id))) {
					return { kind: 'same' };
				}
				// the library's own version, brought by file before the sync: it stays the library's
				const origin =
					known && known.origin !== 'file'
						? {}
						: { origin: 'file' as const, madeHere, ...(madeBy ? { madeBy } : {}) };
				await tx.catalog.put({ ...entry, ...origin });
				await tx.sources.where('lessonId').equals(entry.id).delete();
				await tx.sources.bulkPut(pack.sources.map((s) => ({ ...s, lessonId: entry.id })));
				await tx.lessons.put({
					id: entry.id,
					hash: pack.hash,
					lesson: pack.lesson,
					glossary: pack.glossary,
					sourceIds: pack.sources.map((s) => s.id),
					bytes: entry.bytes,
					savedAt: Date.now()
				});
				await tx.lessonFiles.put({ id: entry.id, text, storedAt: Date.now() });
				if (!stored) return { kind: 'new' };
				return stored.hash === entry.hash
					? { kind: 'same' }
					: { kind: 'updated', previous: stored.lesson };
			}
		)
	);
}

/** The lesson file this device imported for a lesson, as it came; undefined for library lessons. */
export async function storedLessonFileText(
	db: ParallaxDb,
	id: string
): Promise<string | undefined> {
	return withReopen(db, async () => (await db.lessonFiles.get(id))?.text);
}

/**
 * Stores several checked lesson files in one transaction (an assignment file's): all of them, or
 * none if a write fails. Each gets the verdict storeLessonFromFile gives it.
 */
export function storeLessonsFromFiles(
	db: ParallaxDb,
	lessons: { entry: CatalogEntry; pack: LessonPack; text: string; madeBy?: string }[]
): Promise<LessonFileVerdict[]> {
	return withReopen(db, () =>
		db.transaction('rw', [db.catalog, db.lessons, db.sources, db.lessonFiles], async (tx) => {
			const verdicts: LessonFileVerdict[] = [];
			for (const lesson of lessons) verdicts.push(await storeLessonFromFile(tx, lesson));
			return verdicts;
		})
	);
}
