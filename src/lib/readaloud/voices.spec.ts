import { describe, expect, it } from 'vitest';
import { preferredVoice, primaryLanguage, voicesFor, type VoiceLike } from './voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
	name,
	lang,
	localService,
	default: isDefault
});
const DEVICE = [
	voice('Google US English', 'en-US', false, true),
	voice('Samsung English', 'en_GB'),
	voice('Russian', 'ru-RU'),
	voice('Azerbaijani', 'az-AZ', false)
];

describe('voicesFor', () => {
	it('offers only voices whose primary language is the text’s', () => {
		expect(voicesFor(DEVICE, 'en', true).map((v) => v.name)).toEqual([
			'Google US English',
			'Samsung English'
		]);
		expect(voicesFor(DEVICE, 'ru', true).map((v) => v.name)).toEqual(['Russian']);
	});

	it('never offers another language’s voice where the text’s has none (Armenian)', () => {
		expect(voicesFor(DEVICE, 'hy', true)).toEqual([]);
		expect(voicesFor(DEVICE, '', true)).toEqual([]);
	});

	it('offline, offers only voices that run on the device', () => {
		expect(voicesFor(DEVICE, 'en', false).map((v) => v.name)).toEqual(['Samsung English']);
		expect(voicesFor(DEVICE, 'az', false)).toEqual([]);
		expect(voicesFor(DEVICE, 'az', true).map((v) => v.name)).toEqual(['Azerbaijani']);
	});
});

describe('preferredVoice', () => {
	const english = voicesFor(DEVICE, 'en', true);
	it('keeps the voice chosen before, else the default, else a local one', () => {
		expect(preferredVoice(english, 'Samsung English')?.name).toBe('Samsung English');
		expect(preferredVoice(english, 'Gone')?.name).toBe('Google US English');
		expect(preferredVoice([voice('a', 'en', false), voice('b', 'en', true)])?.name).toBe('b');
		expect(preferredVoice([])).toBeUndefined();
	});
});

it('primaryLanguage compares tags by their first subtag', () => {
	expect(['en-GB', 'EN', 'hy-AM', 'az-Latn-AZ', 'ru_RU'].map(primaryLanguage)).toEqual([
		'en',
		'en',
		'hy',
		'az',
		'ru'
	]);
});
