/**
 * Asks the browser to keep this site's data through storage pressure, when the device starts to
 * hold what no server has a copy of (a teacher's assignments, the hand-ins they receive): true
 * when granted, false when not, undefined where the browser cannot say.
 */
export async function keepDataOnDevice(): Promise<boolean | undefined> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist || !storage.persisted) return undefined;
	try {
		return (await storage.persisted()) || (await storage.persist());
	} catch {
		return false;
	}
}
