import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { accountName, accountNameLang } from './account-name';

const unsigned = {
	kind: 'news-report' as const,
	title: 'Western Countries Express Horror at Azerbaijan POW Execution Video',
	label: 'Unsigned news report: Western Countries Express Horror…'
};
const signed = { kind: 'blog' as const, title: 'A long headline', label: 'R. A.: A long' };
const comments = { kind: 'reader-comments' as const, title: 'Comments', label: 'anything' };

describe('an account’s name in the interface’s language', () => {
	afterEach(() => setActiveLocale('en'));

	it('is sourceLabel’s in English', () => {
		expect(accountName(unsigned)).toBe('Unsigned news report: Western Countries Express Horror…');
		expect(accountName(signed)).toBe('R. A.: A long');
		expect(accountName(comments)).toBe('Reader comments (unverified)');
	});

	it('says reader comments and an unsigned account’s kind in the reader’s words', () => {
		setActiveLocale('ru');
		expect(accountName(unsigned)).toBe(
			'Новостной материал без подписи: Western Countries Express Horror…'
		);
		expect(accountName(comments)).toBe('Комментарии читателей (непроверенные)');
		expect(accountName(signed)).toBe('R. A.: A long');
	});

	it('marks a name that is all the account’s own words as the lesson’s language', () => {
		expect(accountNameLang(signed)).toBe('en');
		expect(accountNameLang(unsigned)).toBeUndefined();
		expect(accountNameLang(comments)).toBeUndefined();
	});
});
