import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { formatSourceDate } from './dates';
import { sourceDate } from './source-date';

describe('an account’s date', () => {
	afterEach(() => setActiveLocale('en'));

	it('is written out in English, approximate ones saying so', () => {
		expect(formatSourceDate({ value: '2022-10', approximate: false })).toBe('October 2022');
		expect(formatSourceDate({ value: '2020-02-26', approximate: false })).toBe('26 February 2020');
		expect(formatSourceDate({ value: '2024', approximate: true })).toBe('About 2024');
		expect(sourceDate({ value: '2024', approximate: true })).toBe('About 2024');
	});

	it('is written in the interface’s language', () => {
		setActiveLocale('ru');
		expect(sourceDate({ value: '2020-02-26', approximate: false })).toBe('26 февраля 2020 г.');
		expect(sourceDate({ value: '2022-10', approximate: true })).toMatch(/^Примерно: октябрь 2022/);
	});
});
