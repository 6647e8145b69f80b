import {
	ensureFirstProfile,
	getDb,
	getSetting,
	listProfiles,
	ProfileEditError,
	profileSettingKey,
	setSetting,
	type Profile
} from '$lib/db';
import { deviceLocale, useLocale } from '$lib/i18n/locale';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { flushBeforeReload } from '$lib/pwa/before-reload';

/** The first profile on every device; answers written before profiles existed belong to it. */
export const DEVICE_PROFILE_ID = 'device';
export const FIRST_PROFILE_NAME = 'Me';
// adding, changing and deleting profiles: code a first visit does not need
const edits = () => import('$lib/db/profiles/profile-edits');
// which profile this device last used (a device setting, not a profile's)
const CURRENT_KEY = 'currentProfile';
// asked once per browser session: a reload mid-lesson does not ask again
const ASKED_KEY = 'parallax.whoIsReadingAsked';

type ProfileFields = { name: string; colour?: string; emoji?: string };

/** Who is reading on this device: the chosen profile, the list, and the "Who's reading?" prompt. */
class CurrentProfile {
	#id = $state(DEVICE_PROFILE_ID);
	#profiles = $state<Profile[]>([]);
	#asking = $state(false);

	get id(): string {
		return this.#id;
	}
	get profiles(): Profile[] {
		return this.#profiles;
	}
	get profile(): Profile | undefined {
		return this.#profiles.find((p) => p.id === this.#id);
	}
	/** True while "Who's reading?" is shown. */
	get asking(): boolean {
		return this.#asking;
	}

	async start(): Promise<void> {
		const db = getDb();
		await ensureFirstProfile(db, DEVICE_PROFILE_ID, FIRST_PROFILE_NAME);
		await this.refresh();
		const saved = await getSetting<string>(db, CURRENT_KEY);
		if (saved && this.#profiles.some((p) => p.id === saved)) this.#id = saved;
		else this.#id = this.#profiles[0]?.id ?? DEVICE_PROFILE_ID;
		if (this.#profiles.length > 1 && !sessionFlag()) this.#asking = true;
		await this.#applyLocale(this.#id);
	}

	/** Sets the interface's language for the profile reading now (the page reloads in it). */
	async setLocale(locale: Locale): Promise<void> {
		await setSetting(getDb(), profileSettingKey(this.#id, 'locale'), locale);
		useLocale(locale);
	}

	// each reader on a shared tablet reads the interface in their own language; one who has not
	// chosen reads in the device's
	async #applyLocale(id: string): Promise<void> {
		const saved = await getSetting<string>(getDb(), profileSettingKey(id, 'locale'));
		useLocale(isLocale(saved) ? saved : deviceLocale());
	}

	ask(): void {
		this.#asking = true;
	}

	dismiss(): void {
		this.#asking = false;
		setSessionFlag();
	}

	/** Switches profile; whatever the last one typed is written first. */
	async choose(id: string): Promise<void> {
		await flushBeforeReload();
		// stored before it shows: a page opened right after the switch opens as this reader
		await setSetting(getDb(), CURRENT_KEY, id);
		this.#id = id;
		this.dismiss();
		await this.#applyLocale(id);
	}

	async add(fields: ProfileFields): Promise<Profile> {
		const profile = await (await edits()).createProfile(getDb(), fields);
		await this.refresh();
		return profile;
	}

	async update(id: string, fields: ProfileFields): Promise<void> {
		await (await edits()).updateProfile(getDb(), id, fields);
		await this.refresh();
	}

	/** Deletes a profile and its answers; the device always keeps at least one profile. */
	async remove(id: string): Promise<void> {
		if (this.#profiles.length <= 1) throw new ProfileEditError('last-profile');
		if (id === this.#id) await flushBeforeReload();
		await (await edits()).deleteProfile(getDb(), id);
		await this.refresh();
		if (id === this.#id) await this.choose(this.#profiles[0]!.id);
	}

	async refresh(): Promise<void> {
		this.#profiles = await listProfiles(getDb());
	}
}

function sessionFlag(): boolean {
	try {
		return sessionStorage.getItem(ASKED_KEY) === 'yes';
	} catch {
		return false;
	}
}

function setSessionFlag(): void {
	try {
		sessionStorage.setItem(ASKED_KEY, 'yes');
	} catch {
		// without session storage the prompt simply shows again on the next load
	}
}

export const currentProfile = new CurrentProfile();
