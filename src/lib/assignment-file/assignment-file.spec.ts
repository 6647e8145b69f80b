import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignmentLink } from '$lib/classroom/link';
import { encodeAssignment } from '$lib/classroom/link-encode';
import { ORIGIN, teacher, typical } from '$lib/classroom/test-links';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { getCatalog, getDb } from '$lib/db';
import { lessonFileFrom } from '$lib/lesson-file/make';
import { sealLessonFile } from '$lib/lesson-file/seal';
import type { LessonFile } from '$lib/lesson-file/format';
import { setActiveLocale } from '$lib/i18n/runtime';
import { readContentFiles } from '$lib/server/content-files';
import type { AssignmentFile } from './format';
import { importAssignmentFile } from './import-assignment-file';
import { assignmentFileFrom, assignmentFileName } from './make';
import { sealAssignmentFile } from './seal';

const files = readContentFiles(join(import.meta.dirname, '../../..'));
const pack = compileLibrary(files)
	.packs.map((p) => JSON.parse(p.json) as LessonPack)
	.find((p) => p.lesson.id === 'execution-video-2022')!;
// a teacher's lesson: the library's, under an id and a maker of its own
const lesson = sealLessonFile({
	...lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z'),
	id: 'video-9b',
	madeBy: 'Ms Petrosyan'
});
const link = assignmentLink(ORIGIN, await encodeAssignment(typical(), teacher));
const good = assignmentFileFrom('Video homework', link, [lesson], '0.1.0');
const text = JSON.stringify(good);

const asFile = (value: string | Uint8Array<ArrayBuffer>) => new Blob([value]);
const resealed = (change: (file: AssignmentFile) => void) => {
	const copy = structuredClone(good) as AssignmentFile;
	change(copy);
	return JSON.stringify(sealAssignmentFile(copy));
};

async function refusal(input: string | Uint8Array<ArrayBuffer>): Promise<string> {
	const result = await importAssignmentFile(asFile(input));
	expect(result.ok).toBe(false);
	expect(await getCatalog(getDb())).toEqual([]);
	return result.ok ? '' : `${result.reason} ${result.problems.join(' ')}`;
}

afterEach(() => setActiveLocale('en'));

beforeEach(async () => {
	const db = getDb();
	await Promise.all(db.tables.map((table) => table.clear()));
});

describe('assignment files', () => {
	it('carry the link without its origin, and a name from the title', () => {
		expect(good.link).toMatch(/^\/a#2\d+$/);
		expect(link.endsWith(good.link)).toBe(true);
		expect(assignmentFileName('Khojaly: two accounts!')).toBe(
			'khojaly-two-accounts.parallax-assignment'
		);
	});

	it('store their lessons, checked, with who made them, and give the link to open', async () => {
		const result = await importAssignmentFile(asFile(text));
		expect(result).toEqual({ ok: true, link: good.link, title: 'Video homework', lessons: 1 });
		const [row] = await getCatalog(getDb());
		expect(row).toMatchObject({ id: 'video-9b', origin: 'file', madeBy: 'Ms Petrosyan' });
		// opened twice: the same lesson, not a second one
		await importAssignmentFile(asFile(text));
		expect(await getCatalog(getDb())).toHaveLength(1);
	});
});

describe('bad assignment files: each refused in words, nothing stored', () => {
	it('empty, binary, cut off, not JSON', async () => {
		expect(await refusal('')).toMatch(/empty/i);
		expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toMatch(
			/binary|not a text|text file/i
		);
		expect(await refusal(text.slice(0, text.length / 2))).toMatch(/cut off|incomplete|truncat/i);
		expect(await refusal('assignment: video')).toMatch(/JSON|line 1/i);
	});

	it('another Parallax file, or a future version', async () => {
		expect(await refusal(JSON.stringify(lesson))).toMatch(/lesson file, not an assignment file/);
		expect(await refusal(JSON.stringify({ ...good, version: 2 }))).toMatch(/newer|update/i);
	});

	it('in the interface language', async () => {
		setActiveLocale('ru');
		expect(await refusal('')).toMatch(
			/^Этот файл пуст: в нём нет задания\. Попросите у учителя файл задания ещё раз\./
		);
		expect(await refusal(JSON.stringify(lesson))).toMatch(
			/^Это файл урока, а не файл задания: импортируйте его в разделе «Учителю» → «Уроки»\./
		);
		setActiveLocale('az');
		expect(await refusal(text.replace('Video homework', 'Video homework!'))).toMatch(
			/^Bu tapşırıq faylı hazırlandıqdan sonra dəyişdirilib/
		);
	});

	it('changed on the way', async () => {
		expect(await refusal(text.replace('Video homework', 'Video homework!'))).toMatch(/checksum/);
	});

	it('a link that does not read', async () => {
		const broken = resealed((file) => (file.link = `${file.link.slice(0, -4)}0000`));
		expect(await refusal(broken)).toMatch(/cannot be opened/);
	});

	it('a lesson that does not pass the checks, named', async () => {
		const quote = /quote: ([^\n"]{20,})\n/.exec(lesson.content.lesson)![1]!;
		const tampered = sealLessonFile({
			...lesson,
			content: {
				...lesson.content,
				lesson: lesson.content.lesson.replace(quote, `${quote} and more`)
			}
		} as LessonFile);
		const bad = resealed((file) => (file.lessons = [tampered]));
		const reason = await refusal(bad);
		expect(reason).toContain(`lesson “${lesson.title}”`);
		expect(reason).toMatch(/not found verbatim/);
	});
});
