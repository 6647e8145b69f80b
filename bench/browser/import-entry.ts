// Bundled into the page by the bench: imports a compiled synthetic library through the app's real code.
import type { Catalog, CatalogEntry, LessonPack } from '$lib/content/model';
import { DB_NAME, ParallaxDb, saveCatalog, savePacks } from '$lib/db';
import { PACK_BATCH_SIZE } from '$lib/sync/sync';

let entries: CatalogEntry[] = [];
let packs: LessonPack[] = [];

/** Starts loading a library: its catalog.json, as the compiler wrote it. */
function begin(catalogJson: string): void {
	entries = (JSON.parse(catalogJson) as Catalog).lessons;
	packs = [];
}

/** Some of its packs, in catalog order: the pack files' texts joined into one JSON array. */
function add(packsJson: string): void {
	packs.push(...(JSON.parse(packsJson) as LessonPack[]));
}

/** The loaded library written as the sync writes it: the catalog, then packs in batches. */
async function write(db: ParallaxDb): Promise<void> {
	if (packs.length !== entries.length)
		throw new Error(`${packs.length} packs for ${entries.length} lessons`);
	await saveCatalog(db, entries);
	for (let i = 0; i < packs.length; i += PACK_BATCH_SIZE) {
		const batch = packs
			.slice(i, i + PACK_BATCH_SIZE)
			.map((pack, j) => ({ entry: entries[i + j]!, pack }));
		await savePacks(db, batch);
	}
}

/** Times only saveCatalog + savePacks of the loaded library, into a fresh database. */
async function importCatalog(dbName: string): Promise<number> {
	const db = new ParallaxDb(dbName);
	await db.open();
	const started = performance.now();
	await write(db);
	const elapsed = performance.now() - started;
	db.close();
	await db.delete();
	return elapsed;
}

/** Puts the loaded library in the app's own database, as if the sync had downloaded it. */
async function install(): Promise<void> {
	const db = new ParallaxDb(DB_NAME);
	await db.open();
	await write(db);
	db.close();
	entries = [];
	packs = [];
}

export type PageBench = {
	begin: typeof begin;
	add: typeof add;
	importCatalog: typeof importCatalog;
	install: typeof install;
};
(globalThis as unknown as { parallaxBench: PageBench }).parallaxBench = {
	begin,
	add,
	importCatalog,
	install
};
