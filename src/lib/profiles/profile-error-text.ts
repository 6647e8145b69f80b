// A refused profile edit in the interface's language: the database's modules and the current
// profile are every page's and carry no messages, so they give a code (ProfileEditError)
import { ProfileEditError } from '$lib/db';
import { storageErrorText } from '$lib/i18n/storage-error';
import { m } from '$lib/paraglide/messages';

/** Why a profile was not added, saved or deleted, for the reader to act on. */
export const profileErrorText = (error: unknown): string =>
	error instanceof ProfileEditError
		? error.problem === 'no-name'
			? m.profiles_form_name_missing()
			: m.profiles_last_profile()
		: storageErrorText(error);
