import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { localizedProgressLine } from './progress-line';
import type { LessonProgress } from './summary';

const progress = (accounts: number, autoChecked: number): LessonProgress => ({
	lessonId: 'flood',
	accounts,
	accountsRead: 1,
	score: { questions: 16, answered: 5, autoChecked, correctFirstTry: 2, correctNow: 3 },
	updatedAt: 1
});

describe('the progress page’s line', () => {
	afterEach(() => setActiveLocale('en'));

	it('says each fact whole, with the plural the count needs', () => {
		expect(localizedProgressLine(progress(2, 4))).toBe(
			'1 of 2 accounts read · 5 of 16 answered · 2 of 4 right first time'
		);
		expect(localizedProgressLine(progress(1, 0))).toBe('1 of 1 account read · 5 of 16 answered');
	});

	it('speaks the interface’s language', () => {
		setActiveLocale('ru');
		expect(localizedProgressLine(progress(2, 4))).toBe(
			'Прочитано изложений: 1 из 2 · Отвечено: 5 из 16 · Верно с первой попытки: 2 из 4'
		);
	});
});
