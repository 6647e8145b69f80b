import { describe, expect, it } from 'vitest';
import { fromDeviceLanguages, isLocale } from './locales';

describe('the interface language from the device', () => {
	it('takes the first device language the app speaks, by its main tag', () => {
		expect(fromDeviceLanguages(['de-DE', 'ru-RU', 'en'])).toBe('ru');
		expect(fromDeviceLanguages(['hy-AM'])).toBe('hy');
		expect(fromDeviceLanguages(['AZ'])).toBe('az');
	});

	it('has none when the device speaks none of them', () => {
		expect(fromDeviceLanguages(['de', 'fr-CA'])).toBeUndefined();
		expect(fromDeviceLanguages([])).toBeUndefined();
	});

	it('knows only its own languages', () => {
		expect(isLocale('ru')).toBe(true);
		expect(isLocale('ru-RU')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});

describe('the languages the app is built with', () => {
	it('are the ones the message compiler has (project.inlang/settings.json)', async () => {
		const { readFileSync } = await import('node:fs');
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
			baseLocale: string;
			locales: string[];
		};
		const runtime = await import('./runtime');
		expect(runtime.locales).toEqual(settings.locales);
		expect(runtime.baseLocale).toBe(settings.baseLocale);
	});
});
