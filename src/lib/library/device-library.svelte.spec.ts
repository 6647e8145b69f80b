import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { getDb, saveCatalog, savePack } from '$lib/db';
import { compiledLibrary } from '$lib/db/test-factory';
import { deviceLibrary } from './device-library.svelte';

/** Waits until `check` holds: a live query answers a few ticks after the write. */
async function until(check: () => boolean) {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	expect(check()).toBe(true);
}

describe('deviceLibrary', () => {
	it('follows the catalog and the downloads as they are written', async () => {
		const { catalog, packs } = compiledLibrary();
		let library!: ReturnType<typeof deviceLibrary>;
		const stop = $effect.root(() => {
			library = deviceLibrary();
		});
		flushSync();
		await until(() => library.catalog.current !== undefined);
		expect(library.catalog.current).toEqual([]);
		expect(library.readStart).toBeGreaterThan(0);

		await saveCatalog(getDb(), catalog.lessons);
		await until(() => library.catalog.current?.length === catalog.lessons.length);
		expect(library.hashes.current?.size ?? 0).toBe(0);

		const [first] = packs.values();
		await savePack(getDb(), first!.entry, first!.pack);
		await until(() => (library.hashes.current?.size ?? 0) === 1);
		expect(library.hashes.current?.get(first!.entry.id)).toBe(first!.entry.hash);
		stop();
	});
});
