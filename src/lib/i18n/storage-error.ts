// $lib/db's words for a storage failure, with a full device said in the interface's language: the
// database's modules are every page's and carry no messages
import { explainStorageError, isQuotaError, StorageFullError } from '$lib/db/errors';
import { m } from '$lib/paraglide/messages';

/** Why something could not be read or saved on this device, for a person to act on. */
export const storageErrorText = (error: unknown): string =>
	error instanceof StorageFullError || isQuotaError(error)
		? m.shell_storage_full()
		: explainStorageError(error).message;
