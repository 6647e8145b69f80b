import { getDb, getSetting, profileSettingKey, setSetting } from '$lib/db';
import {
	DEFAULT_PREFS,
	PREFS_MIRROR_KEY,
	applyPrefs,
	cleanPrefs,
	type ReadingPrefs
} from './reading-prefs';

const key = (profileId: string) => profileSettingKey(profileId, 'readerPrefs');

/** The current profile's reading comfort, kept in IndexedDB and mirrored for the first paint. */
class ReadingPrefsManager {
	#prefs = $state<ReadingPrefs>({ ...DEFAULT_PREFS });
	#profileId = '';

	get current(): ReadingPrefs {
		return this.#prefs;
	}

	async load(profileId: string): Promise<void> {
		this.#profileId = profileId;
		this.#prefs = cleanPrefs(await getSetting(getDb(), key(profileId)));
		this.#apply();
	}

	async update(change: Partial<ReadingPrefs>): Promise<void> {
		this.#prefs = cleanPrefs({ ...this.#prefs, ...change });
		this.#apply();
		if (this.#profileId) await setSetting(getDb(), key(this.#profileId), { ...this.#prefs });
	}

	#apply(): void {
		applyPrefs(this.#prefs);
		try {
			localStorage.setItem(PREFS_MIRROR_KEY, JSON.stringify(this.#prefs));
		} catch {
			// private mode or full storage: the first paint just uses the defaults
		}
	}
}

export const readingPrefs = new ReadingPrefsManager();
