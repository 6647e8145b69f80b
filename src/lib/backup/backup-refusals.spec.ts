import { describe, expect, it, vi } from 'vitest';
import { StorageFullError, type BackupData } from '$lib/db';
import { mergeBackupData, readBackupData } from '$lib/db/backup/backup-repo';
import { Table } from '$lib/db/store';
import { answer, failWritesTo } from '$lib/db/test-factory';

import { MAX_BACKUP_BYTES } from './format';
import { importBackupFile } from './import';
import { parseBackup, readBackupFile } from './validate';

import {
	ada,
	ben,
	sample,
	seeded,
	fileOf,
	backupText,
	backupWith,
	expectRefused,
	annotation
} from './test-backups';

describe('refusing a bad file leaves the device unchanged', () => {
	it('a truncated file (a real backup cut short)', async () => {
		const text = await backupText();
		const truncated =
			'The file is damaged or incomplete: it is cut off before the backup ends. Make a new backup on the device it came from.';
		await expectRefused(fileOf(text.slice(0, Math.floor(text.length / 2))), truncated);
		for (const fraction of [0.05, 0.3, 0.6, 0.95]) {
			const cut = text.slice(0, Math.floor(text.length * fraction));
			expect(parseBackup(cut)).toEqual({ ok: false, reason: truncated, problems: [] });
		}
	});

	it('an empty file', async () => {
		const reason =
			'This file is empty: it holds no backup. Make a new backup on the device it came from.';
		await expectRefused(fileOf(''), reason);
		expect(parseBackup(' \n\t')).toEqual({ ok: false, reason, problems: [] });
	});

	it('a file that is not JSON at all, naming where it goes wrong when it can', async () => {
		await expectRefused(
			fileOf('Name,Answer\nAda,Calm'),
			/^This file is damaged: it is not valid JSON, so it is not a backup/
		);
		expect(parseBackup('{"format": "parallax-backup"}}')).toEqual({
			ok: false,
			reason:
				'This file is damaged: it is not valid JSON at line 1, column 30, so it is not a backup that can be read. Make a new backup on the device it came from.',
			problems: []
		});
	});

	it('a backup from a newer version of Parallax', async () => {
		await expectRefused(
			fileOf(backupWith({ version: 6 })),
			'This backup was made with a newer version of Parallax (backup version 6); this app reads version 5. Update the app, then import it.'
		);
	});

	it('a backup with an invalid or missing version', async () => {
		await expectRefused(
			fileOf(backupWith({ version: -1 })),
			'This backup has an invalid version; this app reads version 5. The file may be damaged.'
		);
		await expectRefused(
			fileOf(backupWith({ version: 0 })),
			'This backup was made by an older version of Parallax (backup version 0) that this app can no longer read.'
		);
		expect(parseBackup(JSON.stringify(backupWith({ version: '1' })))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('invalid version;'),
			problems: ['version: "1"']
		});
		expect(parseBackup(JSON.stringify(backupWith({ version: undefined })))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('does not say which version')
		});
	});

	it('another kind of Parallax file, a list, or unrelated JSON', async () => {
		await expectRefused(
			fileOf({ format: 'parallax-submission', version: 1, answers: [] }),
			"This is a student's hand-in, not a backup: import it on the Teach page, under Hand-ins."
		);
		await expectRefused(
			fileOf([]),
			'This file is not a Parallax backup: it holds other data, not a backup.'
		);
		await expectRefused(
			fileOf({ name: 'package', version: '1.0.0' }),
			'This file is not a Parallax backup: it does not say it is one.'
		);
	});

	it('wrong types, each named by its path', async () => {
		const { answers } = sample();
		const broken = [
			{ ...answers[0], updatedAt: 'yesterday' },
			{ ...answers[1], value: { kind: 'choice', choice: 2, firstChoice: 'o-1', attempts: 1 } }
		];
		await expectRefused(
			fileOf(backupWith({ answers: broken })),
			'This file looks like a Parallax backup, but some of its data is wrong.'
		);
		expect(parseBackup(JSON.stringify(backupWith({ answers: broken })))).toMatchObject({
			problems: [
				'answers[0].updatedAt: expected a number, got "yesterday"',
				'answers[1].value.choice: expected an option id, got 2'
			]
		});
	});

	it('lists at most three problems, then how many more', async () => {
		const bad = { ...sample().answers[0], updatedAt: 'soon' };
		const result = parseBackup(JSON.stringify(backupWith({ answers: [bad, bad, bad, bad, bad] })));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(4);
		expect(result.problems[2]).toContain('answers[2].updatedAt: expected a number');
		expect(result.problems.join()).not.toContain('answers[3]');
		expect(result.problems[3]).toBe('and 2 more');
	});

	it('every answer kind is checked field by field', () => {
		const reasonFor = (value: unknown, field: Record<string, unknown> = {}) => {
			const bad = { ...sample().answers[0], value, ...field };
			const result = parseBackup(JSON.stringify(backupWith({ answers: [bad] })));
			return result.ok ? 'accepted' : result.problems.join('; ');
		};
		expect(reasonFor({ kind: 'essay', text: 'x' })).toContain(
			'answers[0].value.kind: expected an answer of kind "text", "choice", "evidence" or "compare", got "essay"'
		);
		expect(reasonFor({ kind: 'text' })).toContain('answers[0].value.text: missing (expected text)');
		expect(reasonFor({ kind: 'choice', choice: 'o-1', firstChoice: 1.5, attempts: 1 })).toContain(
			'answers[0].value.firstChoice: expected an option id, got 1.5'
		);
		expect(reasonFor({ kind: 'choice', choice: '', firstChoice: 'o-1', attempts: 1 })).toContain(
			'answers[0].value.choice: expected an option id, got ""'
		);
		expect(reasonFor({ kind: 'choice', choice: 'o-1', firstChoice: 'o-1', attempts: 0 })).toContain(
			'answers[0].value.attempts: expected a whole number of 1 or more, got 0'
		);
		expect(reasonFor({ kind: 'evidence', blockId: 'b1', firstBlockId: '', attempts: 0 })).toMatch(
			/value\.firstBlockId: expected a non-empty id, got ""; answers\[0\]\.value\.attempts: expected a whole number of 1 or more, got 0/
		);
		expect(reasonFor({ kind: 'compare', texts: { gazette: 3 } })).toContain(
			'answers[0].value.texts.gazette: expected text, got 3'
		);
		expect(reasonFor({ kind: 'text', text: '' }, { lessonId: '' })).toContain(
			'answers[0].lessonId: expected a non-empty id, got ""'
		);
		expect(reasonFor({ kind: 'text', text: '' })).toBe('accepted');
	});

	it('settings that are not per-profile', () => {
		const result = parseBackup(
			JSON.stringify(backupWith({ settings: [{ key: 'sync.lastCatalog', value: 1 }] }))
		);
		expect(result).toMatchObject({
			ok: false,
			problems: [
				expect.stringContaining(
					'settings[0].key: expected a per-profile setting key (starting with "profile.")'
				)
			]
		});
	});

	it('a file too big to be a backup, refused before it is read', async () => {
		const huge = new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]);
		const read = vi.spyOn(huge, 'arrayBuffer');
		await expectRefused(
			huge,
			'This file is 20.1 MB; a backup is never over 20 MB, so this is not a backup file.'
		);
		expect(read).not.toHaveBeenCalled();

		const arrayBuffer = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
		const reported = { size: 31.2 * 1024 * 1024, arrayBuffer } as unknown as Blob;
		expect(await readBackupFile(reported)).toEqual({
			ok: false,
			reason: 'This file is 31.2 MB; a backup is never over 20 MB, so this is not a backup file.',
			problems: []
		});
		expect(arrayBuffer).not.toHaveBeenCalled();
	});

	it('a backup that lists one profile twice', async () => {
		await expectRefused(
			fileOf(backupWith({ profiles: [ada, ben, { ...ada, name: 'Someone else' }] })),
			'This backup lists the profile "Someone else" (id p-ada) more than once, so it is damaged or was edited by hand. It was not imported.'
		);
	});
});

describe('highlights and notes (version 5)', () => {
	it('an annotation of an unknown kind, or without its words, is refused by where it is', async () => {
		const unknownKind = backupWith({ annotations: [{ ...annotation(), kind: 'red' }] });
		await expectRefused(fileOf(unknownKind), /some of its data is wrong/);
		expect(parseBackup(JSON.stringify(unknownKind))).toMatchObject({
			problems: [expect.stringMatching(/^annotations\[0\]\.kind/)]
		});
		const noWords = backupWith({ annotations: [annotation(), { ...annotation(), exact: '' }] });
		expect(parseBackup(JSON.stringify(noWords))).toMatchObject({
			problems: [expect.stringMatching(/^annotations\[1\]\.exact/)]
		});
	});

	it('a backup of version 4 has none, and still imports', async () => {
		const { annotations, ...older } = backupWith({ version: 4 });
		expect(annotations).toHaveLength(1);
		expect(parseBackup(JSON.stringify(older))).toMatchObject({
			ok: true,
			backup: { annotations: [] }
		});
	});
});

describe('a write that fails part-way through the merge', () => {
	// a backup that adds a profile before touching answers, so the failure comes after a write
	const incoming = (): BackupData => ({
		...sample(),
		profiles: [...sample().profiles, { id: 'p-cy', name: 'Cy', createdAt: 1 }],
		answers: [answer({ profileId: 'p-cy', questionId: 'q9', updatedAt: 2_000_000_000_000 })]
	});

	it('a full disk: refused with the storage message, and nothing changed', async () => {
		const db = await seeded();
		const before = await readBackupData(db);
		const file = fileOf(await backupText(incoming()));
		const addProfiles = vi.spyOn(Table.prototype, 'bulkAdd');
		failWritesTo('answers', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

		const result = await importBackupFile(db, file);
		expect(result).toEqual({ ok: false, reason: new StorageFullError().message, problems: [] });
		expect(addProfiles).toHaveBeenCalledWith([expect.objectContaining({ id: 'p-cy' })]);
		vi.restoreAllMocks();
		expect(await readBackupData(db)).toEqual(before);
	});

	it('mergeBackupData itself rejects with a StorageFullError', async () => {
		const db = await seeded();
		const before = await readBackupData(db);
		failWritesTo('answers', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		await expect(mergeBackupData(db, incoming())).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect(await readBackupData(db)).toEqual(before);
	});

	it('any other failure: refused with what went wrong, and nothing changed', async () => {
		const db = await seeded();
		const before = await readBackupData(db);
		const file = fileOf(await backupText(incoming()));
		// the settings step fails, whatever it writes (this backup adds none)
		const bulkAdd = Table.prototype.bulkAdd;
		vi.spyOn(Table.prototype, 'bulkAdd').mockImplementation(function (
			this: Table<unknown>,
			rows: unknown[]
		) {
			return this.name === 'settings'
				? Promise.reject(new Error('disk went away'))
				: bulkAdd.call(this, rows);
		});

		const result = await importBackupFile(db, file);
		expect(result).toEqual({
			ok: false,
			reason:
				'The backup could not be saved on this device (disk went away), so nothing was imported. Try again; if it keeps failing, reload the page first.',
			problems: []
		});
		vi.restoreAllMocks();
		expect(await readBackupData(db)).toEqual(before);
	});
});
