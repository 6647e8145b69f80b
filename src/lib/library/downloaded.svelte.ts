import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb } from '$lib/db';
import { listDownloadedLessons, removeLesson } from '$lib/db/downloads/downloads-repo';
import { liveState } from '$lib/state/live.svelte';
import { m } from '$lib/paraglide/messages';

/** The lessons stored on this device, kept current as they arrive or leave. Call during setup. */
export const downloadedLessons = () => liveState(() => listDownloadedLessons(getDb()));

/**
 * Removes a downloaded lesson unless it has answers on this device; says what happened in words
 * for the person holding the tablet (a storage failure too, never the error's own text).
 */
export async function removeDownloaded(id: string, title: string): Promise<string> {
	try {
		return (await removeLesson(getDb(), id))
			? m.downloaded_removed({ title })
			: m.downloaded_has_answers({ title });
	} catch (error) {
		return m.downloaded_remove_failed({
			title,
			error: storageErrorText(error)
		});
	}
}
