/** A write that could not happen because the device is out of space; nothing was written. */
export class StorageFullError extends Error {
	constructor(cause?: unknown) {
		super(
			'This device is out of storage space, so nothing was saved. Free some space (remove downloaded lessons in Settings, or other apps’ data) and try again.',
			{ cause }
		);
		this.name = 'StorageFullError';
	}
}

/** A profile edit refused: a code, worded where it is shown (`profiles/profile-error-text.ts`). */
export class ProfileEditError extends Error {
	constructor(readonly problem: 'no-name' | 'last-profile') {
		super(`profile edit refused: ${problem}`);
		this.name = 'ProfileEditError';
	}
}

/** True for a quota error, including one that arrives as an AbortError wrapping it. */
export function isQuotaError(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
		const name = (e as { name?: string }).name;
		if (name === 'QuotaExceededError') return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}

/** Turns low-level storage failures into errors with words a student or teacher can act on. */
export function explainStorageError(error: unknown): Error {
	if (isQuotaError(error)) return new StorageFullError(error);
	return error instanceof Error ? error : new Error(String(error));
}
