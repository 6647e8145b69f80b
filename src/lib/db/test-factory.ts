// Test data for database and sync tests: real packs compiled from the compiler's test library.
import { afterEach, vi, type MockInstance } from 'vitest';
import { compileLibrary } from '$lib/compiler/library';
import { library } from '$lib/compiler/test-factory';
import type { CatalogEntry, LessonPack } from '$lib/content/model';
import { ParallaxDb } from './database';
import type { Answer } from './types';

let counter = 0;

/** A fresh, empty database with a unique name, so tests never share state. */
export function freshDb(): ParallaxDb {
	return new ParallaxDb(`parallax-test-${Date.now()}-${counter++}`);
}

/** For a spec file: a fresh database per call, every one dropped after each test. */
export function freshDbPerTest(): () => ParallaxDb {
	const dbs: ParallaxDb[] = [];
	afterEach(() => dropDatabases(dbs));
	return () => {
		const created = freshDb();
		dbs.push(created);
		return created;
	};
}

export function compiledLibrary(files = library()) {
	const compiled = compileLibrary(files);
	if (compiled.problems.length) throw new Error(JSON.stringify(compiled.problems));
	const packs = new Map<string, { entry: CatalogEntry; json: string; pack: LessonPack }>();
	compiled.catalog.lessons.forEach((entry, i) => {
		const json = compiled.packs[i]!.json;
		packs.set(entry.id, { entry, json, pack: JSON.parse(json) as LessonPack });
	});
	return { catalog: compiled.catalog, packs };
}

export function answer(overrides: Partial<Answer> = {}): Answer {
	return {
		profileId: 'profile-1',
		lessonId: 'flood',
		questionId: 'q-compare',
		value: { kind: 'text', text: 'My answer' },
		updatedAt: 1_700_000_000_000,
		...overrides
	};
}

/** Closes and deletes test databases, so every test starts from nothing. */
export async function dropDatabases(dbs: { close(): void; name: string }[]): Promise<void> {
	for (const db of dbs.splice(0)) {
		db.close();
		await indexedDB.deleteDatabase(db.name);
	}
}

const failingWrites: MockInstance[] = [];
afterEach(() => {
	for (const spy of failingWrites.splice(0)) spy.mockRestore();
});

/** Makes every write to one table fail with `error`, as a full disk or a broken store would. */
export function failWritesTo(table: string, error: Error): void {
	for (const method of ['put', 'add'] as const) {
		const original = IDBObjectStore.prototype[method];
		failingWrites.push(
			vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
				this: IDBObjectStore,
				...args
			) {
				if (this.name === table) throw error;
				return original.apply(this, args);
			})
		);
	}
}
