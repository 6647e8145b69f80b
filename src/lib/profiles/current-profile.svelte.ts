/**
 * The profile whose answers and preferences are in use. Until profiles exist (a shared-tablet
 * feature), everything belongs to one device profile with this id.
 */
export const DEVICE_PROFILE_ID = 'device';

class CurrentProfile {
	#id = $state(DEVICE_PROFILE_ID);

	get id() {
		return this.#id;
	}

	reset(): void {
		this.#id = DEVICE_PROFILE_ID;
	}
}

export const currentProfile = new CurrentProfile();
