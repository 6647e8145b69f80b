// Test data for the search tests: the real library, compiled once, and lessons as the index sees them.
import { readContentFiles } from '$lib/server/content-files';
import type { CatalogEntry, LessonPack } from '$lib/content/model';
import { compiledLibrary } from '$lib/db/test-factory';
import type { StoredLesson, StoredSource } from '$lib/db/types';
import { lessonFromPack, type IndexedLesson } from './documents';

let real: ReturnType<typeof compiledLibrary> | undefined;

/** The app's own lessons (content/ and seeds/), compiled as the build does. */
export function realLibrary() {
	real ??= compiledLibrary(readContentFiles(process.cwd()));
	return real;
}

/** A pack as the lessons repository stores it. */
export function storedPack(entry: CatalogEntry, pack: LessonPack) {
	const stored: StoredLesson = {
		id: pack.lesson.id,
		hash: pack.hash,
		lesson: pack.lesson,
		glossary: pack.glossary,
		sourceIds: pack.sources.map((s) => s.id),
		bytes: entry.bytes,
		savedAt: 0
	};
	const sources: StoredSource[] = pack.sources.map((s) => ({ ...s, lessonId: pack.lesson.id }));
	return { stored, sources };
}

/** Every lesson of a compiled library, downloaded, as the index holds it. */
export function indexedLessons(library = realLibrary()): Map<string, IndexedLesson> {
	const lessons = new Map<string, IndexedLesson>();
	for (const [id, { entry, pack }] of library.packs) {
		const { stored, sources } = storedPack(entry, pack);
		lessons.set(id, lessonFromPack(stored, sources));
	}
	return lessons;
}
