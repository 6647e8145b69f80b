// The database's public face: the rest of the app imports from here, never from dexie.
import { provideUpgrade } from './versions';

// the code of an upgrade loads only on a device whose database needs it
provideUpgrade(4, () => import('$lib/legacy/upgrade-v4'));

export { ParallaxDb, DB_NAME } from './database';
export { getDb, onVersionChange, withReopen } from './connection';
export { StorageFullError, isQuotaError, explainStorageError } from './errors';
export * from './catalog-repo';
export * from './lessons-repo';
export * from './answers-repo';
export * from './settings-repo';
export * from './progress-repo';
export * from './profiles-repo';
export * from './backup-repo';
export { liveState, type LiveState } from './live.svelte';
export type * from './types';
export * from './classroom-repo';
export * from './received-repo';
export * from './received-lookups';
