/** The database was closed (by the app, by another tab's upgrade, or by the browser). */
export class DatabaseClosedError extends Error {
	constructor(cause?: unknown) {
		super('The database connection is closed.', { cause });
		this.name = 'DatabaseClosedError';
	}
}
