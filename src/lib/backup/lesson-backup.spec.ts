// Backups carry the teacher's lessons from lesson files and their drafts (issue 18, point 4):
// a fresh device gets them back, checked as an imported lesson file is checked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { getCatalog, getLesson, type ParallaxDb } from '$lib/db';
import { readBackupData } from '$lib/db/backup/backup-repo';
import { saveDraft } from '$lib/db/lesson-drafts/drafts-repo';
import { storeLessonFromFile } from '$lib/db/lesson-files/lesson-files-repo';
import { emptyDraft } from '$lib/lesson-editor/draft';
import { lessonFileFrom } from '$lib/lesson-file/make';
import { checkLessonFileText } from '$lib/lesson-file/read';
import { sealLessonFile } from '$lib/lesson-file/seal';
import { readContentFiles } from '$lib/server/content-files';
import { createBackup, serializeBackup } from './export';
import { importBackupFile } from './import';
import { fileOf, newDb } from './test-backups';

const files = readContentFiles(join(import.meta.dirname, '../../..'));
const pack = compileLibrary(files)
	.packs.map((p) => JSON.parse(p.json) as LessonPack)
	.find((p) => p.lesson.id === 'khojaly-1992')!;
const built = lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z');
// a teacher's copy under its own id, as the editor or another tablet would make it
const copyText = (id: string, madeBy: string) =>
	JSON.stringify(sealLessonFile({ ...built, id, madeBy }));

async function store(db: ParallaxDb, text: string, madeHere: boolean) {
	const check = checkLessonFileText(text);
	if (!check.ok) throw new Error(check.reason);
	const { entry, pack } = check;
	await storeLessonFromFile(db, { entry, pack, text, madeBy: check.file.madeBy }, madeHere);
}

const draft = { ...emptyDraft('draft-1', 1_000), title: 'Half written', madeBy: 'Ms Petrosyan' };

async function teacherTablet(): Promise<ParallaxDb> {
	const db = newDb();
	await store(db, copyText('khojaly-imported', 'Mr Aliyev'), false);
	await store(db, copyText('khojaly-mine', 'Ms Petrosyan'), true);
	await saveDraft(db, draft);
	return db;
}

describe('a backup with lessons from lesson files and drafts', () => {
	it('gives a fresh device every lesson, who made it, and every draft; again changes nothing', async () => {
		const text = serializeBackup(await createBackup(await teacherTablet()));
		const target = newDb();
		const result = await importBackupFile(target, fileOf(text));
		expect(result).toMatchObject({
			ok: true,
			summary: { lessonsAdded: 2, draftsAdded: 1, draftsUpdated: 0 }
		});
		const rows = await getCatalog(target);
		expect(
			rows.map(({ id, origin, madeBy, madeHere }) => ({ id, origin, madeBy, madeHere }))
		).toEqual([
			{ id: 'khojaly-imported', origin: 'file', madeBy: 'Mr Aliyev', madeHere: false },
			{ id: 'khojaly-mine', origin: 'file', madeBy: 'Ms Petrosyan', madeHere: true }
		]);
		expect((await getLesson(target, 'khojaly-mine'))?.sources.length).toBe(pack.sources.length);
		expect((await readBackupData(target)).drafts).toEqual([draft]);

		const before = await readBackupData(target);
		const again = await importBackupFile(target, fileOf(text));
		expect(again).toMatchObject({ ok: true, summary: { lessonsAdded: 0, draftsAdded: 0 } });
		expect(await readBackupData(target)).toEqual(before);
	});

	it("keeps this device's newer draft, and takes the backup's newer one", async () => {
		const text = serializeBackup(await createBackup(await teacherTablet()));
		const target = newDb();
		await saveDraft(target, { ...draft, title: 'Written further here', updatedAt: 2_000 });
		const kept = await importBackupFile(target, fileOf(text));
		expect(kept).toMatchObject({ ok: true, summary: { draftsAdded: 0, draftsUpdated: 0 } });
		expect((await readBackupData(target)).drafts[0]?.title).toBe('Written further here');

		await saveDraft(target, { ...draft, title: 'Older here', updatedAt: 500 });
		const taken = await importBackupFile(target, fileOf(text));
		expect(taken).toMatchObject({ ok: true, summary: { draftsUpdated: 1 } });
		expect((await readBackupData(target)).drafts[0]?.title).toBe('Half written');
	});

	it('refuses a backup whose lesson was changed, and imports nothing from it', async () => {
		const backup = await createBackup(await teacherTablet());
		const lesson = backup.lessons[0]!;
		lesson.text = lesson.text.replace('Khojaly', 'Khojali');
		const target = newDb();
		const result = await importBackupFile(target, fileOf(serializeBackup(backup)));
		expect(result).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/copy of the lesson “khojaly-imported” .*checksum/)
		});
		const after = await readBackupData(target);
		expect([after.lessons, after.drafts, after.profiles]).toEqual([[], [], []]);
	});

	it('refuses a draft of the wrong shape, naming where', async () => {
		const backup = await createBackup(await teacherTablet());
		const bad = { ...backup, drafts: [{ ...draft, questions: [{ id: 'q', kind: 'essay' }] }] };
		const result = await importBackupFile(newDb(), fileOf(JSON.stringify(bad)));
		expect(result).toMatchObject({
			ok: false,
			problems: expect.arrayContaining([expect.stringContaining('drafts[0].questions[0].kind')])
		});
	});
});
