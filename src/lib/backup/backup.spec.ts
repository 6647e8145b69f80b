import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	StorageFullError,
	getSetting,
	setSetting,
	type Answer,
	type BackupData,
	type ParallaxDb,
	type Progress
} from '$lib/db';
import { mergeBackupData, readBackupData } from '$lib/db/backup/backup-repo';
import { answer, dropDatabases, freshDb } from '$lib/db/test-factory';
import { createBackup, serializeBackup } from './export';
import { BACKUP_VERSION, MAX_BACKUP_BYTES, backupFileName } from './format';
import { importBackupFile } from './import';
import { parseBackup, readBackupFile } from './validate';

const opened: ParallaxDb[] = [];
afterEach(async () => {
	vi.restoreAllMocks();
	await dropDatabases(opened);
});

function newDb(): ParallaxDb {
	const db = freshDb();
	opened.push(db);
	return db;
}

const ada = {
	id: 'p-ada',
	uid: 'a7d1c0de-0000-4000-8000-00000000ada0',
	name: 'Ada',
	colour: '#aa3355',
	emoji: '🦊',
	createdAt: 1_700_000_000_000
};
const ben = {
	id: 'p-ben',
	uid: 'b7d1c0de-0000-4000-8000-00000000be00',
	name: 'Ben',
	createdAt: 1_700_000_100_000
};

// in key order, as readBackupData returns rows
function sample(): BackupData {
	return {
		profiles: [ada, ben],
		answers: [
			answer({
				profileId: 'p-ada',
				questionId: 'q-choice',
				value: { kind: 'choice', choice: 'o-3c1f0a2b', firstChoice: 'o-91d2e4f0', attempts: 3 }
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q-compare',
				value: { kind: 'compare', texts: { gazette: 'Calm', herald: 'Angry' } }
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q-evidence',
				value: { kind: 'evidence', blockId: 'b3', firstBlockId: 'b1', attempts: 2 }
			}),
			answer({ profileId: 'p-ben', value: { kind: 'text', text: 'Both papers blame the dam.' } })
		],
		progress: [
			progress({ profileId: 'p-ada', read: { gazette: true }, position: { herald: 'h2' } }),
			progress({ profileId: 'p-ben', read: {}, position: { gazette: 'g1' } })
		],
		settings: [
			{ key: 'profile.p-ada.fontSize', value: 20 },
			{ key: 'profile.p-ben.theme', value: { contrast: 'high' } }
		],
		// the teacher's data and received assignments: see teacher-backup.spec.ts
		assignments: [],
		handIns: [],
		received: []
	};
}

function progress(overrides: Partial<Progress> = {}): Progress {
	return {
		profileId: 'p-ada',
		lessonId: 'flood',
		read: {},
		position: {},
		updatedAt: 1_700_000_000_000,
		...overrides
	};
}

async function seeded(data: BackupData = sample()): Promise<ParallaxDb> {
	const db = newDb();
	await mergeBackupData(db, data);
	return db;
}

function fileOf(value: unknown): Blob {
	return new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);
}

async function backupText(data: BackupData = sample()): Promise<string> {
	return serializeBackup(await createBackup(await seeded(data)));
}

// a valid backup with one part swapped, for files that are wrong in one way
function backupWith(overrides: Record<string, unknown>): Record<string, unknown> {
	return {
		format: 'parallax-backup',
		version: BACKUP_VERSION,
		exportedAt: '2024-09-30T14:05:00.000Z',
		...sample(),
		...overrides
	};
}

/** Imports a bad file into a device with data, and checks it is refused and nothing changed. */
async function expectRefused(file: Blob, reason: string | RegExp): Promise<void> {
	const db = await seeded();
	const before = await readBackupData(db);
	expect(before.answers.length).toBeGreaterThan(0);
	const result = await importBackupFile(db, file);
	expect(result.ok).toBe(false);
	if (result.ok) return;
	if (typeof reason === 'string') expect(result.reason).toBe(reason);
	else expect(result.reason).toMatch(reason);
	expect(await readBackupData(db)).toEqual(before);
}

const NO_TEACHER_DATA = {
	assignmentsAdded: 0,
	assignmentsUpdated: 0,
	handInsAdded: 0,
	receivedMerged: 0
};

const answerAt = (data: BackupData, questionId: string) =>
	data.answers.find((a) => a.questionId === questionId);

describe('exporting a backup', () => {
	it('carries every profile, answer, progress row and per-profile setting, nothing device-wide', async () => {
		const db = await seeded();
		await setSetting(db, 'sync.lastCatalog', 'device-wide');
		const backup = await createBackup(db, new Date('2024-09-30T14:05:00.000Z'));
		expect(backup).toEqual({
			format: 'parallax-backup',
			version: 3,
			exportedAt: '2024-09-30T14:05:00.000Z',
			...sample()
		});
	});

	it('names the file by the day it was made', () => {
		expect(backupFileName(new Date(2024, 8, 3, 23, 59))).toBe('parallax-backup-2024-09-03.json');
	});

	it('serializes to text that parses back to the same backup', async () => {
		const backup = await createBackup(await seeded());
		expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
	});
});

describe('importing a backup', () => {
	it('round trip: a fresh device ends with exactly the rows the backup came from', async () => {
		const source = await seeded();
		await setSetting(source, 'sync.lastCatalog', 'device-wide');
		const file = fileOf(serializeBackup(await createBackup(source)));
		const target = newDb();

		const result = await importBackupFile(target, file);
		expect(result).toEqual({
			ok: true,
			summary: {
				profilesAdded: 2,
				answersAdded: 4,
				answersUpdated: 0,
				answersKept: 0,
				progressMerged: 2,
				...NO_TEACHER_DATA
			}
		});
		expect(await readBackupData(target)).toEqual(await readBackupData(source));
		expect(await getSetting(target, 'sync.lastCatalog')).toBeUndefined();
	});

	it('a backup of version 1 imports, its positional choices kept as answers to an earlier version', async () => {
		// as the app wrote it before option ids: the choice was the option's position, and the file
		// does not say which version of the lesson it was given against
		const data = sample();
		const old = {
			format: 'parallax-backup',
			version: 1,
			exportedAt: '2024-09-30T14:05:00.000Z',
			...data,
			answers: data.answers.map((a) =>
				a.questionId === 'q-choice'
					? { ...a, value: { kind: 'choice', choice: 2, firstChoice: 0, attempts: 3 } }
					: a
			)
		};
		const target = newDb();
		const result = await importBackupFile(target, fileOf(old));
		expect(result).toMatchObject({ ok: true, summary: { answersAdded: 4 } });
		const imported = await readBackupData(target);
		expect(answerAt(imported, 'q-choice')?.value).toEqual({
			kind: 'choice',
			choice: 'legacy-2',
			firstChoice: 'legacy-0',
			attempts: 3
		});
		// every other answer exactly as it was
		const others = (rows: Answer[]) => rows.filter((a) => a.questionId !== 'q-choice');
		expect(others(imported.answers)).toEqual(others(data.answers));
		// a version 1 file with option ids is damaged: refused, not half read
		expect(parseBackup(JSON.stringify({ ...old, answers: data.answers }))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('answers[0].value.choice: expected a whole number')
		});
	});

	it('importing the same backup twice changes nothing the second time', async () => {
		const db = await seeded();
		const before = await readBackupData(db);
		const result = await importBackupFile(db, fileOf(await backupText()));
		expect(result).toEqual({
			ok: true,
			summary: {
				profilesAdded: 0,
				answersAdded: 0,
				answersUpdated: 0,
				answersKept: 4,
				progressMerged: 0,
				...NO_TEACHER_DATA
			}
		});
		expect(await readBackupData(db)).toEqual(before);
	});

	it('the newer answer wins, in both directions', async () => {
		const old = 1_700_000_000_000;
		const later = old + 60_000;
		const mine: Answer[] = [
			answer({
				profileId: 'p-ada',
				questionId: 'q1',
				value: { kind: 'text', text: 'mine, newer' },
				updatedAt: later
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q2',
				value: { kind: 'text', text: 'mine, older' },
				updatedAt: old
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q3',
				value: { kind: 'text', text: 'mine, same time' },
				updatedAt: old
			})
		];
		const theirs: Answer[] = [
			answer({
				profileId: 'p-ada',
				questionId: 'q1',
				value: { kind: 'text', text: 'theirs, older' },
				updatedAt: old
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q2',
				value: { kind: 'text', text: 'theirs, newer' },
				updatedAt: later
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q3',
				value: { kind: 'text', text: 'theirs, same time' },
				updatedAt: old
			}),
			answer({
				profileId: 'p-ada',
				questionId: 'q4',
				value: { kind: 'text', text: 'theirs, only' },
				updatedAt: old
			})
		];
		const db = await seeded({ ...sample(), answers: mine });
		const file = fileOf(await backupText({ ...sample(), answers: theirs }));

		const result = await importBackupFile(db, file);
		expect(result).toMatchObject({
			ok: true,
			summary: { answersAdded: 1, answersUpdated: 1, answersKept: 2 }
		});
		const after = await readBackupData(db);
		expect(answerAt(after, 'q1')).toEqual(mine[0]);
		expect(answerAt(after, 'q2')).toEqual(theirs[1]);
		expect(answerAt(after, 'q3')).toEqual(mine[2]);
		expect(answerAt(after, 'q4')).toEqual(theirs[3]);
	});

	it('reading progress: read flags are the union, the newer position wins', async () => {
		const db = await seeded({
			...sample(),
			progress: [
				progress({
					lessonId: 'flood',
					read: { gazette: true, herald: false },
					position: { gazette: 'g9', herald: 'h1' },
					updatedAt: 100
				}),
				progress({
					lessonId: 'strike',
					read: { tribune: true },
					position: { tribune: 't7' },
					updatedAt: 300
				})
			]
		});
		const file = fileOf(
			await backupText({
				...sample(),
				progress: [
					// newer than this device's: its positions win, but gazette stays read
					progress({
						lessonId: 'flood',
						read: { herald: true },
						position: { herald: 'h5', extra: 'x2' },
						updatedAt: 200
					}),
					// older than this device's: only its read flag is taken
					progress({
						lessonId: 'strike',
						read: { courier: true },
						position: { tribune: 't1' },
						updatedAt: 250
					})
				]
			})
		);

		const result = await importBackupFile(db, file);
		expect(result).toMatchObject({ ok: true, summary: { progressMerged: 2 } });
		const after = (await readBackupData(db)).progress.filter((p) => p.profileId === 'p-ada');
		expect(after).toEqual([
			progress({
				lessonId: 'flood',
				read: { gazette: true, herald: true },
				position: { gazette: 'g9', herald: 'h5', extra: 'x2' },
				updatedAt: 200
			}),
			progress({
				lessonId: 'strike',
				read: { tribune: true, courier: true },
				position: { tribune: 't7' },
				updatedAt: 300
			})
		]);
	});

	it('keeps a profile this device already has, adds the missing one', async () => {
		const renamed = { ...ada, name: 'Ada L.', emoji: '🐙' };
		const db = await seeded({ ...sample(), profiles: [renamed] });
		const result = await importBackupFile(db, fileOf(await backupText()));
		expect(result).toMatchObject({ ok: true, summary: { profilesAdded: 1 } });
		expect((await readBackupData(db)).profiles).toEqual([renamed, ben]);
	});

	it('adds per-profile settings only where this device has none', async () => {
		const db = await seeded({
			...sample(),
			settings: [{ key: 'profile.p-ada.fontSize', value: 24 }]
		});
		await importBackupFile(db, fileOf(await backupText()));
		expect(await getSetting(db, 'profile.p-ada.fontSize')).toBe(24);
		expect(await getSetting(db, 'profile.p-ben.theme')).toEqual({ contrast: 'high' });
	});

	it('never lets a merge set a device-wide setting', async () => {
		const db = newDb();
		await mergeBackupData(db, { ...sample(), settings: [{ key: 'sync.lastCatalog', value: 'x' }] });
		expect(await getSetting(db, 'sync.lastCatalog')).toBeUndefined();
	});
});

describe('refusing a bad file leaves the device unchanged', () => {
	it('a truncated file (a real backup cut short)', async () => {
		const text = await backupText();
		const truncated =
			'The file is damaged or incomplete: it is cut off before the backup ends. Make a new backup on the device it came from.';
		await expectRefused(fileOf(text.slice(0, Math.floor(text.length / 2))), truncated);
		for (const fraction of [0.05, 0.3, 0.6, 0.95]) {
			const cut = text.slice(0, Math.floor(text.length * fraction));
			expect(parseBackup(cut)).toEqual({ ok: false, reason: truncated });
		}
	});

	it('an empty file', async () => {
		const reason =
			'This file is empty: it holds no backup. Make a new backup on the device it came from.';
		await expectRefused(fileOf(''), reason);
		expect(parseBackup(' \n\t')).toEqual({ ok: false, reason });
	});

	it('a file that is not JSON at all, naming where it goes wrong when it can', async () => {
		await expectRefused(
			fileOf('Name,Answer\nAda,Calm'),
			/^This file is damaged: it is not valid JSON, so it is not a backup/
		);
		expect(parseBackup('{"format": "parallax-backup"}}')).toEqual({
			ok: false,
			reason:
				'This file is damaged: it is not valid JSON at line 1, column 30, so it is not a backup that can be read. Make a new backup on the device it came from.'
		});
	});

	it('a backup from a newer version of Parallax', async () => {
		await expectRefused(
			fileOf(backupWith({ version: 4 })),
			'This backup was made with a newer version of Parallax (backup version 4); this app reads version 3. Update the app, then import it.'
		);
	});

	it('a backup with an invalid or missing version', async () => {
		await expectRefused(
			fileOf(backupWith({ version: -1 })),
			'This backup has an invalid version (-1); this app reads version 3. The file may be damaged.'
		);
		await expectRefused(
			fileOf(backupWith({ version: 0 })),
			'This backup was made by an older version of Parallax (backup version 0) that this app can no longer read.'
		);
		expect(parseBackup(JSON.stringify(backupWith({ version: '1' })))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('invalid version ("1")')
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
			'This file is not a Parallax backup: it holds a list of 0, not a backup.'
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
			'This file looks like a Parallax backup, but some of its data is wrong: answers[0].updatedAt: expected a number, got "yesterday"; answers[1].value.choice: expected an option id, got 2.'
		);
	});

	it('lists at most three problems, then how many more', async () => {
		const bad = { ...sample().answers[0], updatedAt: 'soon' };
		const result = parseBackup(JSON.stringify(backupWith({ answers: [bad, bad, bad, bad, bad] })));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.reason).toContain('answers[2].updatedAt: expected a number');
		expect(result.reason).not.toContain('answers[3]');
		expect(result.reason).toMatch(/; and 2 more\.$/);
	});

	it('every answer kind is checked field by field', () => {
		const reasonFor = (value: unknown, field: Record<string, unknown> = {}) => {
			const bad = { ...sample().answers[0], value, ...field };
			const result = parseBackup(JSON.stringify(backupWith({ answers: [bad] })));
			return result.ok ? 'accepted' : result.reason;
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
			reason: expect.stringContaining(
				'settings[0].key: expected a per-profile setting key (starting with "profile.")'
			)
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
			reason: 'This file is 31.2 MB; a backup is never over 20 MB, so this is not a backup file.'
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
		const addProfiles = vi.spyOn(db.profiles, 'bulkAdd');
		vi.spyOn(db.answers, 'bulkPut').mockRejectedValue(
			new DOMException('The quota has been exceeded.', 'QuotaExceededError')
		);

		const result = await importBackupFile(db, file);
		expect(result).toEqual({ ok: false, reason: new StorageFullError().message });
		expect(addProfiles).toHaveBeenCalledWith([expect.objectContaining({ id: 'p-cy' })]);
		vi.restoreAllMocks();
		expect(await readBackupData(db)).toEqual(before);
	});

	it('mergeBackupData itself rejects with a StorageFullError', async () => {
		const db = await seeded();
		const before = await readBackupData(db);
		vi.spyOn(db.answers, 'bulkPut').mockRejectedValue(
			new DOMException('The quota has been exceeded.', 'QuotaExceededError')
		);
		await expect(mergeBackupData(db, incoming())).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect(await readBackupData(db)).toEqual(before);
	});

	it('any other failure: refused with what went wrong, and nothing changed', async () => {
		const db = await seeded();
		const before = await readBackupData(db);
		const file = fileOf(await backupText(incoming()));
		vi.spyOn(db.settings, 'bulkAdd').mockRejectedValue(new Error('disk went away'));

		const result = await importBackupFile(db, file);
		expect(result).toEqual({
			ok: false,
			reason:
				'The backup could not be saved on this device (disk went away), so nothing was imported. Try again; if it keeps failing, reload the page first.'
		});
		vi.restoreAllMocks();
		expect(await readBackupData(db)).toEqual(before);
	});
});
