import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTimelineDate } from './timeline-dates';

describe('formatTimelineDate', () => {
	it('writes a year, a month or a day as precisely as the timeline gives it', () => {
		expect(formatTimelineDate('1994')).toBe('1994');
		expect(formatTimelineDate('1992-02')).toBe('February 1992');
		expect(formatTimelineDate('2020-11-10')).toBe('10 November 2020');
		expect(formatTimelineDate('1991-12-01')).toBe('1 December 1991');
	});

	it('uses the locale it is given, in UTC so a date never slips a day', () => {
		expect(formatTimelineDate('2020-11-10', 'en-US')).toBe('November 10, 2020');
		expect(formatTimelineDate('2023-09', 'de')).toBe('September 2023');
	});

	it('gives back what it cannot read', () => {
		expect(formatTimelineDate('spring 1992')).toBe('spring 1992');
	});
});

describe('formatTimelineDate without a language’s month names', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('writes Russian with Intl, and digits where the browser has no names for the months', () => {
		expect(formatTimelineDate('1992-02-26', 'ru')).toBe('26 февраля 1992 г.');
		// this Chromium's Azerbaijani: "1992 M02" for a February
		const Original = Intl.DateTimeFormat;
		class AzerbaijaniWithoutMonthNames extends Original {
			constructor(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
				super(locales, options);
				const { locale, month } = this.resolvedOptions();
				const format = this.format.bind(this);
				const nameless = () => 'M01';
				Object.defineProperty(this, 'format', {
					value: locale === 'az' && month === 'long' ? nameless : format
				});
			}
		}
		vi.stubGlobal(
			'Intl',
			Object.create(Intl, { DateTimeFormat: { value: AzerbaijaniWithoutMonthNames } })
		);
		expect(formatTimelineDate('1992-02-26', 'az')).toBe('26.02.1992');
		expect(formatTimelineDate('1992-02', 'az')).toBe('02.1992');
		expect(formatTimelineDate('1992', 'az')).toBe('1992');
	});
});
