import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { readContentFiles } from '$lib/server/content-files';
import { MAX_LESSON_FILE_BYTES, type LessonFile } from './format';
import { lessonFileFrom } from './make';
import { checkLessonFileText, readLessonFile } from './read';
import { sealLessonFile } from './seal';

// the real library: every lesson it has must travel as a file and come back the same
const files = readContentFiles(join(import.meta.dirname, '../../..'));
const library = compileLibrary(files);
const packs = library.packs.map((p) => JSON.parse(p.json) as LessonPack);
const fileOf = (pack: LessonPack) => lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z');
const khojaly = packs.find((p) => p.lesson.id === 'khojaly-1992')!;

/** The file with `change` applied to a copy, sealed again (as a careless editor would). */
function resealed(file: LessonFile, change: (copy: LessonFile) => void): string {
	const copy = structuredClone(file) as LessonFile;
	change(copy);
	// sealLessonFile replaces the stale checksum
	return JSON.stringify(sealLessonFile(copy));
}

describe('lesson files', () => {
	it('carry every lesson of the library and compile back to the very same pack', () => {
		expect(library.problems).toEqual([]);
		expect(packs.length).toBeGreaterThan(1);
		for (const pack of packs) {
			const check = checkLessonFileText(JSON.stringify(fileOf(pack)));
			expect(check.ok, check.ok ? '' : `${check.reason} ${check.problems.join('; ')}`).toBe(true);
			if (check.ok) expect(check.pack.hash).toBe(pack.hash);
		}
	});

	it('hold each source the lesson shows and the original each one names', () => {
		const file = fileOf(khojaly);
		expect(file.content.sources.map((s) => s.name).sort()).toEqual(
			khojaly.sources.map((s) => s.id).sort()
		);
		for (const source of khojaly.sources) {
			expect(file.content.originals.map((o) => o.name)).toContain(source.seed);
		}
	});

	it('refuse a file changed after it was made, by its checksum', () => {
		const file = fileOf(khojaly);
		const text = JSON.stringify(file).replace('Khojaly', 'Khojali');
		const check = checkLessonFileText(text);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.reason).toMatch(/checksum does not match/);
	});

	it('refuse a source whose text is not in its original, saying where, even when resealed', () => {
		const file = fileOf(khojaly);
		const check = checkLessonFileText(
			resealed(file, (copy) => {
				const source = copy.content.sources[0]!;
				const body = source.text.split('\n---\n')[1]!;
				const sentence = body.trim().split('\n')[0]!.slice(0, 60);
				source.text = source.text.replace(sentence, `${sentence} (and a word the original lacks)`);
			})
		);
		expect(check.ok).toBe(false);
		if (!check.ok) {
			expect(check.reason).toMatch(/does not pass the checks/);
			expect(check.problems.join('\n')).toMatch(/the source “.+”, line \d+.*not found verbatim/);
		}
	});

	it('refuse a quote of the lesson that its source does not hold', () => {
		const file = fileOf(khojaly);
		const quoted = /quote: ([^\n"]{20,})\n/.exec(file.content.lesson)?.[1];
		expect(quoted).toBeDefined();
		const check = checkLessonFileText(
			resealed(file, (copy) => {
				copy.content.lesson = copy.content.lesson.replace(quoted!, `${quoted!} indeed`);
			})
		);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.problems.join('\n')).toMatch(/^the lesson, line \d+/m);
	});

	it('refuse other Parallax files and oversized ones in words, before reading them whole', async () => {
		const backup = checkLessonFileText(JSON.stringify({ format: 'parallax-backup', version: 2 }));
		expect(backup.ok ? '' : backup.reason).toMatch(/backup, not a lesson file/);
		const broken = checkLessonFileText('{"format": "parallax-lesson", "version": 1,');
		expect(broken.ok).toBe(false);
		const huge = new Blob([new Uint8Array(MAX_LESSON_FILE_BYTES + 1)]);
		const tooBig = await readLessonFile(huge);
		expect(tooBig.ok ? '' : tooBig.reason).toMatch(/too (big|large)|MB/i);
	});
});

describe('a refused lesson file in the interface language', () => {
	afterEach(() => setActiveLocale('en'));

	it('is worded in Russian and Armenian', () => {
		setActiveLocale('ru');
		expect(checkLessonFileText('{"format":"parallax-lesson","version":99}')).toMatchObject({
			ok: false,
			reason:
				'Этот файл урока сделан более новой версией Parallax (версия файла урока: 99), а это приложение читает версию 2. Обновите приложение, затем откройте его ещё раз.'
		});
		setActiveLocale('hy');
		expect(checkLessonFileText('{"format":"parallax-lesson"')).toMatchObject({
			reason: expect.stringMatching(/^Ֆայլը վնասված է կամ թերի. .*Խնդրեք դասի ֆայլը նորից։$/)
		});
	});
});

describe('who made a lesson (format 2)', () => {
	it('travels with the file, and a file of format 1 without it is still read', () => {
		const made = sealLessonFile({ ...fileOf(khojaly), madeBy: 'Ms Petrosyan, School 12' });
		const check = checkLessonFileText(JSON.stringify(made));
		expect(check.ok && check.file.madeBy).toBe('Ms Petrosyan, School 12');
		const old = sealLessonFile({ ...fileOf(khojaly), version: 1 });
		expect(checkLessonFileText(JSON.stringify(old)).ok).toBe(true);
	});

	it('is refused when it is not a short text', () => {
		const long = sealLessonFile({ ...fileOf(khojaly), madeBy: 'x'.repeat(121) });
		const check = checkLessonFileText(JSON.stringify(long));
		expect(check.ok ? '' : check.problems.join()).toMatch(/who made the lesson of at most 120/);
	});
});

describe('the documented JSON Schema (docs/schemas/parallax-lesson-2.schema.json)', () => {
	type Node = { required?: string[]; properties?: Record<string, Node> };
	const schema = JSON.parse(
		readFileSync(
			join(import.meta.dirname, '../../../docs/schemas/parallax-lesson-2.schema.json'),
			'utf8'
		)
	) as Node;

	it('names every member a real file has, and requires those the app requires', () => {
		// the library's files name no maker: `madeBy` is the one member they lack
		const file = fileOf(khojaly);
		expect([...Object.keys(file), 'madeBy'].sort()).toEqual(Object.keys(schema.properties!).sort());
		expect(Object.keys(file.content).sort()).toEqual(
			Object.keys(schema.properties!.content!.properties!).sort()
		);
		// without a required member, the app refuses the file too
		for (const member of schema.required!) {
			const copy: Record<string, unknown> = { ...file };
			delete copy[member];
			expect(checkLessonFileText(JSON.stringify(copy)).ok, member).toBe(false);
		}
		for (const member of schema.properties!.content!.required!) {
			const copy = { ...file, content: { ...file.content } } as Record<string, unknown> & {
				content: Record<string, unknown>;
			};
			delete copy.content[member];
			expect(checkLessonFileText(JSON.stringify(copy)).ok, member).toBe(false);
		}
	});
});
