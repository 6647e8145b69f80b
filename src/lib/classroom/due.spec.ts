import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { dueLabel } from './due-label';

afterEach(() => {
	setActiveLocale('en');
	vi.restoreAllMocks();
});

describe('dueLabel', () => {
	it('writes the day in words, in British English or the interface’s language', () => {
		expect(dueLabel('2031-05-30')).toBe('Due Friday 30 May');
		expect(dueLabel(null)).toBe('No due date');
		setActiveLocale('ru');
		expect(dueLabel('2031-05-30')).toBe('Срок сдачи: пятница, 30 мая');
	});

	it('writes it in numbers where the browser has no month names for the language', () => {
		// as Chrome, which carries none for Armenian
		vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
		setActiveLocale('hy');
		expect(dueLabel('2031-05-30')).toBe('Վերջնաժամկետ՝ 30.05.2031');
	});
});
