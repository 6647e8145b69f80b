import { afterEach, describe, expect, it } from 'vitest';
import { levelForGrade } from '$lib/compiler/stats';
import { setActiveLocale } from '$lib/i18n/runtime';
import { levelLabel, levelLang } from './level-label';

describe('reading levels in the interface’s language', () => {
	afterEach(() => setActiveLocale('en'));

	it('knows every level the build derives', () => {
		for (let grade = 0; grade <= 20; grade += 0.5) {
			const level = levelForGrade(grade);
			expect(levelLang(level), level).toBeUndefined();
			expect(levelLabel(level)).toBe(level);
		}
	});

	it('says a known level in the reader’s language, and leaves another as the lesson has it', () => {
		setActiveLocale('ru');
		expect(levelLabel('Grades 7–8')).toBe('7–8 классы');
		expect(levelLabel('Year 9')).toBe('Year 9');
		expect(levelLang('Year 9')).toBe('en');
	});
});
