import { getDb, getSetting, setSetting } from '$lib/db';

export type StorageInfo = {
	persisted: boolean | undefined;
	usage: number | undefined;
	quota: number | undefined;
};

const ASKED_KEY = 'storage.persistAsked';

/**
 * Asks the browser to keep our data through storage pressure, once, after real engagement
 * (a lesson opened): asking on first load is refused more often and feels pushy.
 */
export async function requestPersistenceOnce(db = getDb()): Promise<void> {
	if (!navigator.storage?.persist || (await getSetting<boolean>(db, ASKED_KEY))) return;
	await setSetting(db, ASKED_KEY, true);
	if (!(await navigator.storage.persisted())) await navigator.storage.persist();
}

export async function storageInfo(): Promise<StorageInfo> {
	const persisted = await navigator.storage?.persisted?.();
	const estimate = await navigator.storage?.estimate?.();
	return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
