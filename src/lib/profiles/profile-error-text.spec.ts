import { afterEach, describe, expect, it } from 'vitest';
import { ProfileEditError, StorageFullError } from '$lib/db';
import { setActiveLocale } from '$lib/i18n/runtime';
import { profileErrorText } from './profile-error-text';

afterEach(() => setActiveLocale('en'));

describe('profileErrorText', () => {
	it('words a refused profile edit in the interface language', () => {
		expect(profileErrorText(new ProfileEditError('last-profile'))).toBe(
			'The last profile on a device cannot be deleted.'
		);
		setActiveLocale('ru');
		expect(profileErrorText(new ProfileEditError('last-profile'))).toBe(
			'Последний профиль на устройстве удалить нельзя.'
		);
		expect(profileErrorText(new ProfileEditError('no-name'))).toMatch(/^Введите имя/);
		setActiveLocale('az');
		expect(profileErrorText(new StorageFullError())).not.toMatch(/out of storage/);
	});
});
