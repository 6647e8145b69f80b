// The database's public face: the rest of the app imports from here, never from ./store.
import { provideUpgrade } from './versions';

// the code of an upgrade loads only on a device whose database needs it
provideUpgrade(4, () => import('./upgrades/v4'));
provideUpgrade(5, () => import('./upgrades/v5'));

export { ParallaxDb, DB_NAME } from './database';
export { getDb, onVersionChange, withReopen } from './connection';
export { StorageFullError, ProfileEditError, isQuotaError, explainStorageError } from './errors';
export * from './catalog-repo';
export * from './lessons-repo';
export * from './answers-repo';
export * from './settings-repo';
export * from './progress-repo';
export * from './profiles-repo';
// the teacher's, the received assignments' and the backup's repositories load with the code
// that uses them (import them from '$lib/db/teacher/classroom-repo', …): every page loads this module,
// and a re-export here would put them in every page's first visit
export type { BackupData, BackupProfile, MergeSummary } from './backup/backup-repo';
// a query re-run whenever what it read changes (the state layer wraps it in runes)
export { liveQuery } from './store';
export type * from './types';
