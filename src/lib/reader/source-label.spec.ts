import { describe, expect, it } from 'vitest';
import { quoted } from './quoted';
import { accountLabel } from '$lib/content/account-label';
import { sourceLabel } from './source-label';

const article = {
	kind: 'news-report' as const,
	title: 'Evidence Emerges Of Azerbaijani Executions Of Armenian Captives'
};

describe('accountLabel (derived at build time)', () => {
	it('names the outlet, else the first author, then a short title', () => {
		expect(
			accountLabel({ ...article, outlet: 'Eurasianet', authors: [{ name: 'Joshua Kucera' }] })
		).toBe('Eurasianet: Evidence Emerges Of Azerbaijani Executions…');
		expect(
			accountLabel({
				kind: 'analysis',
				title: 'Massacre haunts divided Caucasus amid shaky ceasefire',
				outlet: null,
				authors: [{ name: 'Rashad Mammadov' }]
			})
		).toBe('Rashad Mammadov: Massacre haunts divided Caucasus…');
	});

	it('cuts a headline at its colon, and keeps a short one whole', () => {
		const blog = { kind: 'blog' as const, outlet: null, authors: [{ name: 'Rufat Ahmadzada' }] };
		expect(accountLabel({ ...blog, title: '32 years on: Why we should remember Khojaly' })).toBe(
			'Rufat Ahmadzada: 32 years on'
		);
		expect(accountLabel({ ...blog, title: 'Khojaly, February 1992' })).toBe(
			'Rufat Ahmadzada: Khojaly, February 1992'
		);
	});

	it('never ends a cut title on a small word, and says when nobody signed', () => {
		expect(
			accountLabel({
				kind: 'news-report',
				title: 'Western Countries Express Horror at Azerbaijan POW Execution Video',
				outlet: null,
				authors: []
			})
		).toBe('Unsigned news report: Western Countries Express Horror…');
	});

	it('calls reader comments unverified, whoever posted them', () => {
		expect(
			accountLabel({
				kind: 'reader-comments',
				title: 'Reader comments on “X”',
				outlet: 'Y',
				authors: []
			})
		).toBe('Reader comments (unverified)');
	});
});

describe('sourceLabel', () => {
	it('reads the derived label; reader comments always say unverified', () => {
		expect(sourceLabel({ kind: 'blog', title: 'A long headline', label: 'R. A.: A long' })).toBe(
			'R. A.: A long'
		);
		expect(sourceLabel({ kind: 'reader-comments', title: 'Comments', label: 'anything' })).toBe(
			'Reader comments (unverified)'
		);
	});

	it('names a lesson stored before labels by its title', () => {
		expect(sourceLabel({ kind: 'news-report', title: 'A headline' })).toBe('A headline');
	});
});

describe('quoted', () => {
	it('does not double the marks of a quote that is a whole quotation', () => {
		expect(quoted('“As a result of the investigation, legal measures will be taken.”')).toBe(
			'“As a result of the investigation, legal measures will be taken.”'
		);
		expect(quoted('plain words')).toBe('“plain words”');
	});

	it('turns quotation marks inside into single ones', () => {
		expect(quoted('“But it has nothing to do with today’s situation,” he told Eurasianet.')).toBe(
			'“‘But it has nothing to do with today’s situation,’ he told Eurasianet.”'
		);
		expect(quoted('claims such as “no civilian died” used')).toBe(
			'“claims such as ‘no civilian died’ used”'
		);
	});
});
