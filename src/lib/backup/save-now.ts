import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { m } from '$lib/paraglide/messages';

/**
 * Saves a backup file of this device, for any button that offers one: what to tell the person,
 * and whether it failed. The backup code loads only now, not with the page.
 */
export async function saveBackupNow(): Promise<{ message: string; failed: boolean }> {
	try {
		const { saveBackupFile } = await import('./save');
		return { message: await saveBackupFile(getDb()), failed: false };
	} catch (cause) {
		return {
			message: m.keep_backup_not_made({ error: storageErrorText(cause) }),
			failed: true
		};
	}
}
