// The start of a query on one index: which keys (Dexie's WhereClause, the parts used here).
import { Collection, type StoreAccess } from './collection';

// the highest string IndexedDB orders: a prefix range ends just below it
const MAX_CHAR = '\uffff';

export class WhereClause<T, K extends IDBValidKey> {
	constructor(
		private readonly table: StoreAccess,
		private readonly index: string | undefined
	) {}

	equals(key: IDBValidKey): Collection<T, K> {
		return this.within(IDBKeyRange.only(key));
	}

	anyOf(keys: IDBValidKey[]): Collection<T, K> {
		return new Collection(this.table, { index: this.index, keys });
	}

	below(key: IDBValidKey): Collection<T, K> {
		return this.within(IDBKeyRange.upperBound(key, true));
	}

	above(key: IDBValidKey): Collection<T, K> {
		return this.within(IDBKeyRange.lowerBound(key, true));
	}

	startsWith(prefix: string): Collection<T, K> {
		return this.within(IDBKeyRange.bound(prefix, prefix + MAX_CHAR));
	}

	private within(range: IDBKeyRange): Collection<T, K> {
		return new Collection(this.table, { index: this.index, range });
	}
}
