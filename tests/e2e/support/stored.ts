import type { Page } from '@playwright/test';

/**
 * Every row of one table of the app's database, read straight from IndexedDB (not through the
 * app), for polling until a write has landed. The connection is closed again, so it never holds
 * up an upgrade.
 */
export function storedRows<Row>(page: Page, table: string): Promise<Row[]> {
	return page.evaluate(
		(name) =>
			new Promise<Row[]>((resolve, reject) => {
				const request = indexedDB.open('parallax');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const all = db.transaction(name).objectStore(name).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as Row[]);
					};
					all.onerror = () => {
						db.close();
						reject(all.error);
					};
				};
			}),
		table
	);
}
