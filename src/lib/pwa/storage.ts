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

export function formatBytes(bytes: number | undefined): string {
	if (bytes === undefined) return 'unknown';
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
