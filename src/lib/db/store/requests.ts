// IndexedDB's requests and transactions as promises.

/** The result of one request; its error (a DOMException such as ConstraintError) if it fails. */
export function requested<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Settles when the transaction commits, or fails with why it was aborted (e.g. a full disk). */
export function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () =>
			reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
	});
}

/** Aborts a transaction that may already have finished (then there is nothing to undo). */
export function abortQuietly(tx: IDBTransaction): void {
	try {
		tx.abort();
	} catch {
		// already committed or aborted
	}
}
