import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import { parseBackup, readBackupFile } from './validate';

// A backup goes through the same reader as a hand-in, so it gets the same text checks.

const empty = {
	format: BACKUP_FORMAT,
	version: BACKUP_VERSION,
	exportedAt: '2024-09-30T14:05:00.000Z',
	profiles: [],
	answers: [],
	progress: [],
	settings: [],
	assignments: [],
	handIns: [],
	received: [],
	lessons: [],
	drafts: [],
	annotations: []
};
const text = JSON.stringify(empty);

async function reasonFor(bytes: Uint8Array): Promise<string> {
	const result = await readBackupFile(new Blob([new Uint8Array(bytes)]));
	return result.ok ? 'accepted' : result.reason;
}

describe('a backup file that is not text', () => {
	it('reads a good backup (so the refusals below are about what was changed)', async () => {
		expect(await reasonFor(new TextEncoder().encode(text))).toBe('accepted');
	});

	it('refuses a photo or binary data with words, not a JSON error', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const reason =
			'This file is not a text file (is it a photo or a document?), so it is not a Parallax backup.';
		expect(await reasonFor(png)).toBe(reason);
		const withZero = new TextEncoder().encode(text.replace('"profiles"', '"prof\u0000iles"'));
		expect(await reasonFor(withZero)).toBe(reason);
		expect(parseBackup(text.replace('[]', '[\u0000]'))).toEqual({
			ok: false,
			reason,
			problems: []
		});
	});

	it('refuses bad UTF-8 (a file saved in another encoding)', async () => {
		const latin1 = new TextEncoder().encode(text.replace('"profiles":[]', '"profiles":["X"]'));
		latin1[latin1.indexOf(0x58)] = 0xe9;
		expect(await reasonFor(latin1)).toMatch(/^This file is not a text file .* Parallax backup\.$/);
	});

	it('says a file that ends inside a character is cut off', async () => {
		const bytes = new TextEncoder().encode(text.replace('"settings":[]', '"settings":["🙂"]'));
		const inEmoji = bytes.indexOf(0xf0) + 2;
		expect(await reasonFor(bytes.slice(0, inEmoji))).toMatch(/^The file is damaged or incomplete/);
	});

	it('refuses nesting deeper than any backup before parsing it', async () => {
		const deep = text.replace('"settings":[]', `"settings":${'['.repeat(5000)}${']'.repeat(5000)}`);
		expect(parseBackup(deep)).toEqual({
			ok: false,
			reason: 'This file is too deeply nested (more than 64 levels) to be a Parallax backup.',
			problems: []
		});
		const deepSetting = {
			key: 'profile.x',
			value: JSON.parse(`${'['.repeat(50)}${']'.repeat(50)}`)
		};
		expect(parseBackup(JSON.stringify({ ...empty, settings: [deepSetting] })).ok).toBe(true);
	});
});

describe('a refused backup in the interface language', () => {
	afterEach(() => setActiveLocale('en'));

	it('is worded in Russian and Azerbaijani', async () => {
		setActiveLocale('ru');
		expect(parseBackup('')).toEqual({
			ok: false,
			reason:
				'Этот файл пуст: в нём нет резервной копии. Сделайте новую резервную копию на устройстве, с которого он пришёл.',
			problems: []
		});
		expect(parseBackup('{"format":"parallax-assignment"}')).toMatchObject({
			reason:
				'Это файл задания, а не резервная копия: откройте его на странице библиотеки кнопкой «Открыть файл задания».'
		});
		setActiveLocale('az');
		expect(parseBackup('{"format":"parallax-backup","version":0}')).toMatchObject({
			reason:
				'Bu ehtiyat nüsxə Parallax-ın köhnə versiyası ilə yaradılıb (ehtiyat nüsxənin versiyası: 0); bu tətbiq onu artıq oxuya bilmir.'
		});
	});
});
