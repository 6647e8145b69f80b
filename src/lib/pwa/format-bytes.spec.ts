import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { m } from '$lib/paraglide/messages';
import { formatBytes } from './format-bytes';

afterEach(() => setActiveLocale('en'));

describe('formatBytes', () => {
	it('says a size in English with one decimal below ten', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
		expect(formatBytes(300 * 1024)).toBe('300 kB');
		expect(formatBytes(1023 * 1024 ** 3)).toBe('1023 GB');
		expect(formatBytes(undefined)).toBe('unknown');
	});

	it('says it in the interface language', () => {
		setActiveLocale('ru');
		expect(formatBytes(2.5 * 1024 * 1024)).toBe('2,5 МБ');
		expect(formatBytes(undefined)).toBe('неизвестно');
		setActiveLocale('hy');
		expect(formatBytes(300 * 1024)).toBe('300 կԲ');
	});
});

describe('the settings messages', () => {
	it('say counts with every Russian plural form', () => {
		setActiveLocale('ru');
		expect(m.keep_saved_answers({ count: 1 })).toBe('1 ответ');
		expect(m.keep_saved_answers({ count: 3 })).toBe('3 ответа');
		expect(m.keep_saved_answers({ count: 11 })).toBe('11 ответов');
		expect(m.backup_merge_hand_ins({ count: 22 })).toBe('22 новые сданные работы');
	});
});
