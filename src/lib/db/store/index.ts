// A small layer over IndexedDB with the parts of Dexie's interface the repositories use.
export { IdbDatabase, type SchemaVersion, type UpgradeTables } from './database';
export { DatabaseClosedError } from './errors';
export { liveQuery } from './live-query';
export { Table } from './table';
export { Collection } from './collection';
