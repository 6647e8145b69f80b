// Bundled into the page by the bench: imports a synthetic catalog through the app's real code.
import type { CatalogEntry, LessonPack } from '$lib/content/model';
import { ParallaxDb, saveCatalog, savePacks } from '$lib/db';
import { PACK_BATCH_SIZE } from '$lib/offline/sync';

type Synthetic = { entries: CatalogEntry[]; packs: LessonPack[] };

async function importCatalog({ entries, packs }: Synthetic, dbName: string): Promise<number> {
	const db = new ParallaxDb(dbName);
	await db.open();
	const started = performance.now();
	await saveCatalog(db, entries);
	// the same batches the sync writes
	for (let i = 0; i < packs.length; i += PACK_BATCH_SIZE) {
		const batch = packs
			.slice(i, i + PACK_BATCH_SIZE)
			.map((pack, j) => ({ entry: entries[i + j]!, pack }));
		await savePacks(db, batch);
	}
	const elapsed = performance.now() - started;
	db.close();
	await db.delete();
	return elapsed;
}

(globalThis as unknown as { parallaxBench: unknown }).parallaxBench = { importCatalog };
