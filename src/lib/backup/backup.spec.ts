import { describe, expect, it } from 'vitest';
import { getSetting, setSetting, type Answer } from '$lib/db';
import { mergeBackupData, readBackupData } from '$lib/db/backup/backup-repo';
import { answer } from '$lib/db/test-factory';
import { createBackup, serializeBackup } from './export';
import { backupFileName } from './format';
import { importBackupFile } from './import';
import { parseBackup } from './validate';

import {
	newDb,
	ada,
	ben,
	sample,
	progress,
	seeded,
	fileOf,
	backupText,
	NO_TEACHER_DATA,
	answerAt
} from './test-backups';

describe('exporting a backup', () => {
	it('carries every profile, answer, progress row and per-profile setting, nothing device-wide', async () => {
		const db = await seeded();
		await setSetting(db, 'sync.lastCatalog', 'device-wide');
		const backup = await createBackup(db, new Date('2024-09-30T14:05:00.000Z'));
		expect(backup).toEqual({
			format: 'parallax-backup',
			version: 5,
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
				...NO_TEACHER_DATA,
				annotationsMerged: 1
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
			problems: expect.arrayContaining([
				expect.stringContaining('answers[0].value.choice: expected a whole number')
			])
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
				...NO_TEACHER_DATA,
				annotationsMerged: 0
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
