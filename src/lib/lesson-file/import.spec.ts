import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { getCatalog, getDb, getLesson, saveAnswer, saveCatalog } from '$lib/db';
import { answer } from '$lib/db/test-factory';
import { readContentFiles } from '$lib/server/content-files';
import type { LessonFile } from './format';
import { importLessonFiles, type LessonImportLine } from './lesson-file-commands';
import { lessonFileFrom } from './make';
import { sealLessonFile } from './seal';

const files = readContentFiles(join(import.meta.dirname, '../../..'));
const library = compileLibrary(files);
const pack = library.packs
	.map((p) => JSON.parse(p.json) as LessonPack)
	.find((p) => p.lesson.id === 'khojaly-1992')!;
const made = lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z');

const asFile = (file: LessonFile | string, name = 'khojaly-1992.parallax-lesson') =>
	new File([typeof file === 'string' ? file : JSON.stringify(file)], name);

async function importing(...chosen: File[]): Promise<LessonImportLine[]> {
	const lines: LessonImportLine[] = [];
	await importLessonFiles(chosen, (line) => lines.push(line));
	return lines;
}

beforeEach(async () => {
	const db = getDb();
	await Promise.all(db.tables.map((table) => table.clear()));
});

describe('importing lesson files', () => {
	it('puts the lesson in the library of this device, then knows it is there', async () => {
		const [line] = await importing(asFile(made));
		expect(line).toMatchObject({ outcome: 'imported', lessonId: 'khojaly-1992' });
		const [row] = await getCatalog(getDb());
		expect(row).toMatchObject({ id: 'khojaly-1992', origin: 'file', hash: pack.hash });
		expect((await getLesson(getDb(), 'khojaly-1992'))?.sources.length).toBe(pack.sources.length);

		const [again] = await importing(asFile(made));
		expect(again?.outcome).toBe('same');
	});

	it('keeps who made an imported lesson, and that it was not made here', async () => {
		await importing(asFile(sealLessonFile({ ...made, madeBy: 'Ms Petrosyan' })));
		const [row] = await getCatalog(getDb());
		expect(row).toMatchObject({ origin: 'file', madeBy: 'Ms Petrosyan', madeHere: false });
	});

	it('updates to a newer version, keeps every answer and says what changed', async () => {
		await importing(asFile(made));
		// a question of the lesson's own (one from an article must match the article's wording)
		const question = pack.lesson.questions.find(
			(q) => !q.fromArticle && made.content.lesson.includes(`prompt: ${q.prompt}\n`)
		)!;
		await saveAnswer(getDb(), answer({ lessonId: 'khojaly-1992', questionId: question.id }));

		const newer = structuredClone(made);
		newer.content.lesson = newer.content.lesson.replace(
			question.prompt,
			`${question.prompt} Explain.`
		);
		expect(newer.content.lesson).not.toBe(made.content.lesson);
		const [line] = await importing(asFile(sealLessonFile(newer)));

		expect(line?.outcome, `${line?.message} ${line?.problems.join('; ')}`).toBe('updated');
		expect(line?.changes).toContain('1 question changed.');
		const stored = await getLesson(getDb(), 'khojaly-1992');
		expect(stored?.stored.lesson.questions.find((q) => q.id === question.id)?.prompt).toBe(
			`${question.prompt} Explain.`
		);
		const kept = await getDb().answers.where({ lessonId: 'khojaly-1992' }).toArray();
		expect(kept.map((a) => a.questionId)).toEqual([question.id]);
	});

	it('keeps an imported lesson when the library’s catalog arrives without it', async () => {
		await importing(asFile(made));
		await saveCatalog(getDb(), []);
		expect((await getCatalog(getDb())).map((row) => row.id)).toEqual(['khojaly-1992']);
	});

	it('refuses a damaged file or one that differs from the library’s lesson, and stores nothing', async () => {
		const tampered = JSON.stringify(made).replace('Khojaly', 'Khojali');
		const [damaged] = await importing(asFile(tampered));
		expect(damaged).toMatchObject({ outcome: 'refused' });
		expect(damaged?.message).toMatch(/checksum/);
		expect(await getCatalog(getDb())).toEqual([]);

		const entry = library.catalog.lessons.find((e) => e.id === 'khojaly-1992')!;
		await saveCatalog(getDb(), [{ ...entry, hash: 'a-different-version' }]);
		const [clash] = await importing(asFile(made));
		expect(clash?.outcome).toBe('refused');
		expect(clash?.message).toMatch(/does not replace a library lesson/);
		expect(await getLesson(getDb(), 'khojaly-1992')).toBeUndefined();
	});
});
