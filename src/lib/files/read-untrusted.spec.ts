import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeValue, megabytes } from './describe';
import { parseErrorPlace, placeOf } from './json-position';
import { parseUntrustedJson } from './parse-json';
import { readUntrustedFile, readUntrustedText } from './read-untrusted';
import { sha256Hex } from './sha256';
import { decodeText } from './text-bytes';
import { looksCutOff, scanJson } from './truncation';
import type { FileKind, UntrustedKind } from './untrusted-kind';
import { setActiveLocale } from '$lib/i18n/runtime';

afterEach(() => setActiveLocale('en'));

// a made-up format, worded as a lesson file, so the reader is tested apart from the real files
const NOTE: UntrustedKind<{ format: string; version: number; text: string }> = {
	file: 'lessonfile',
	format: 'parallax-note',
	oldest: 2,
	newest: 3,
	maxBytes: 100,
	maxDepth: 3,
	schemaOf: (version) =>
		z.object({
			format: z.string(),
			version: z.literal(version),
			text: z.string({ error: 'text' })
		}),
	otherFormats: { 'parallax-backup': 'A backup, not a note.' }
};

const read = (text: string, file: FileKind = 'lessonfile') => {
	const result = readUntrustedText(text, { ...NOTE, file });
	return result.ok ? result.value : result.reason;
};

describe('the stages', () => {
	it('places a parse error by line and column', () => {
		expect(placeOf('{\n  "a": x', 9)).toEqual({ offset: 9, line: 2, column: 8 });
		expect(parseErrorPlace(new SyntaxError('Unexpected token at position 3'), 'ab\ncd')).toEqual({
			offset: 3,
			line: 2,
			column: 1
		});
		expect(parseErrorPlace(new SyntaxError('bad at line 4 column 2 of the JSON data'), '')).toEqual(
			{ line: 4, column: 2 }
		);
		expect(parseErrorPlace(new SyntaxError('Unexpected token'), 'x')).toBeUndefined();
	});

	it('measures nesting and what is left open, ignoring brackets in strings', () => {
		expect(scanJson('[{"a":"[[[\\"{"}]')).toEqual({ depth: 2, open: false });
		expect(scanJson('{"a":[1,')).toEqual({ depth: 2, open: true });
		expect(scanJson('{"a":"unfinished')).toEqual({ depth: 1, open: true });
		expect(looksCutOff('{"a":[1,', scanJson('{"a":[1,'), undefined)).toBe(true);
		const mangled = '{"a":x, "b": [1, 2, 3, 4, 5, 6, 7, 8, 9]';
		expect(looksCutOff(mangled, scanJson(mangled), 5)).toBe(false);
	});

	it('decodes only UTF-8 text', () => {
		const encode = (text: string) => new TextEncoder().encode(text);
		expect(decodeText(encode('{"é":1}'))).toEqual({ ok: true, text: '{"é":1}' });
		expect(decodeText(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
		expect(decodeText(new Uint8Array([0x7b, 0, 0x7d]))).toEqual({ ok: false, problem: 'binary' });
		expect(decodeText(new Uint8Array([0x22, 0xe9, 0x22]))).toEqual({
			ok: false,
			problem: 'binary'
		});
		expect(decodeText(encode('"🙂"').slice(0, 3))).toEqual({ ok: false, problem: 'cut-off' });
	});

	it('parses JSON within limits, naming each way it fails', () => {
		const limits = { maxBytes: 50, maxDepth: 2 };
		expect(parseUntrustedJson('\uFEFF[[1]]', limits)).toEqual({ ok: true, value: [[1]] });
		expect(parseUntrustedJson('[[[1]]]', limits)).toEqual({
			ok: false,
			problem: { kind: 'too-deep' }
		});
		expect(parseUntrustedJson(' '.repeat(51), limits)).toEqual({
			ok: false,
			problem: { kind: 'too-big', bytes: 51 }
		});
		expect(parseUntrustedJson('  ', limits)).toEqual({ ok: false, problem: { kind: 'empty' } });
		expect(parseUntrustedJson('[1,', limits)).toEqual({ ok: false, problem: { kind: 'cut-off' } });
		expect(parseUntrustedJson('{"a":1}\n x', limits)).toMatchObject({
			ok: false,
			problem: { kind: 'not-json', place: { line: 2, column: 2 } }
		});
	});

	it('names values and sizes briefly', () => {
		expect(describeValue([1, 2])).toBe('a list of 2');
		expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(37)}…"`);
		expect(describeValue(undefined)).toBe('none');
		expect(megabytes(5 * 1024 * 1024 + 1)).toBe(5.1);
		expect(megabytes(5 * 1024 * 1024)).toBe(5);
	});

	it('hashes text as SHA-256 in hex', async () => {
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(await sha256Hex('abc'));
	});
});

describe('readUntrustedText', () => {
	it('accepts a file of a version it reads, as its schema gives it', () => {
		expect(read('{"format":"parallax-note","version":2,"text":"hi"}')).toEqual({
			format: 'parallax-note',
			version: 2,
			text: 'hi'
		});
	});

	it('words every refusal with the kind of file', () => {
		expect(read('{"format":"parallax-note","version":2,"text":')).toBe(
			'The file is damaged or incomplete: it is cut off before the lesson file ends. Ask for the lesson file again.'
		);
		expect(read('{"format":"parallax-note"} x')).toBe(
			'This file is damaged: it is not valid JSON at line 1, column 28, so it is not a lesson file that can be read. Ask for the lesson file again.'
		);
		expect(read('[[[[1]]]]')).toBe(
			'This file is too deeply nested (more than 3 levels) to be a Parallax lesson file.'
		);
		expect(read('[1]')).toBe(
			'This file is not a Parallax lesson file: it holds other data, not a lesson file.'
		);
		expect(read('{"format":"parallax-backup"}')).toBe('A backup, not a note.');
		expect(read('{"format":"parallax-other"}')).toBe(
			'This is a different kind of Parallax file ("parallax-other"), not a lesson file.'
		);
		expect(read('{"format":"parallax-note","version":4}')).toMatch(
			/newer version of Parallax \(lesson file version 4\); this app reads version 3\. Update the app, then open it again\.$/
		);
		expect(read('{"format":"parallax-note","version":1}')).toMatch(
			/older version .* no longer read/
		);
		expect(read('{"format":"parallax-note","version":"2"}')).toMatch(
			/invalid version; this app reads version 3/
		);
		expect(read('{"format":"parallax-note","version":2,"text":5}')).toBe(
			'This file looks like a Parallax lesson file, but some of its data is wrong.'
		);
	});

	it('names each kind of file in its own words', () => {
		const cut = '{"format":"parallax-note","version":2,"text":';
		expect(read(cut, 'backup')).toMatch(/before the backup ends\. Make a new backup/);
		expect(read(cut, 'handin')).toMatch(/before the hand-in ends\. Ask the student/);
		expect(read(cut, 'assignmentfile')).toMatch(/Ask your teacher for the assignment file/);
	});

	it('gives what is wrong in English, for whoever fixes the file', () => {
		const check = (text: string) => readUntrustedText(text, NOTE);
		expect(check('{"format":"parallax-note","version":2,"text":5}')).toMatchObject({
			problems: ['text: expected text, got 5']
		});
		expect(check('{"format":"parallax-note","version":2}')).toMatchObject({
			problems: ['text: missing (expected text)']
		});
		expect(check('[1]')).toMatchObject({ problems: ['the file holds a list of 1'] });
		expect(check('{"format":"parallax-note","version":"2"}')).toMatchObject({
			problems: ['version: "2"']
		});
		expect(check('{"format":"parallax-note","version":2,"text":')).toMatchObject({
			problems: []
		});
	});

	it('words every refusal in the interface language, each kind in its own words', () => {
		const cut = '{"format":"parallax-note","version":2,"text":';
		setActiveLocale('ru');
		expect(read(cut, 'backup')).toBe(
			'Файл повреждён или неполон: он обрывается раньше, чем заканчивается резервная копия. Сделайте новую резервную копию на устройстве, с которого он пришёл.'
		);
		expect(read(cut, 'handin')).toMatch(/заканчивается сданная работа\. Попросите ученика/);
		expect(read(cut, 'lessonfile')).toMatch(/заканчивается урок\. Попросите файл урока/);
		expect(read(cut, 'assignmentfile')).toMatch(/Попросите у учителя файл задания/);
		expect(read('{"format":"parallax-note"} x', 'backup')).toMatch(
			/^Этот файл повреждён: в строке 1, позиции 28 это неправильный JSON/
		);
		expect(read('{"format":"parallax-note","version":4}', 'handin')).toBe(
			'Эта сданная работа сделана более новой версией Parallax (версия сданной работы: 4), а это приложение читает версию 3. Обновите приложение, затем откройте её ещё раз.'
		);
		expect(read('{"format":"parallax-note","version":2,"text":5}', 'assignmentfile')).toBe(
			'Этот файл похож на файл задания Parallax, но часть данных в нём неверна.'
		);
		setActiveLocale('hy');
		expect(read('[[[[1]]]]', 'lessonfile')).toMatch(
			/^Այս ֆայլի տվյալները .* 3 մակարդակ.*դասի ֆայլ։$/
		);
		expect(read('{"format":"parallax-other"}', 'backup')).toBe(
			'Սա Parallax-ի այլ տեսակի ֆայլ է («parallax-other»), ոչ թե պահուստային պատճեն։'
		);
	});
});

describe('readUntrustedFile', () => {
	it('refuses a file over the limit before reading it', async () => {
		let readIt = false;
		const file = {
			size: 200,
			arrayBuffer: () => ((readIt = true), Promise.resolve(new ArrayBuffer(0)))
		} as unknown as Blob;
		expect(await readUntrustedFile(file, NOTE)).toEqual({
			ok: false,
			reason:
				'This file is 0.1 MB; a lesson file is never over 0.1 MB, so this is not a lesson file.',
			problems: []
		});
		expect(readIt).toBe(false);
	});

	it('words a file that cannot be read, and never throws', async () => {
		const gone = { size: 1, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
		expect(await readUntrustedFile(gone as unknown as Blob, NOTE)).toEqual({
			ok: false,
			reason: 'The file could not be read. Choose it again and retry.',
			problems: []
		});
		expect(await readUntrustedFile(null as unknown as Blob, NOTE)).toEqual({
			ok: false,
			reason: 'The file could not be checked. Choose it again and retry.',
			problems: []
		});
	});

	it('says a size in the interface language', async () => {
		setActiveLocale('ru');
		const big = {
			size: 5.05 * 1024 * 1024,
			arrayBuffer: () => Promise.reject()
		} as unknown as Blob;
		const check = await readUntrustedFile(big, {
			...NOTE,
			file: 'backup',
			maxBytes: 2 * 1024 * 1024
		});
		expect(check).toMatchObject({
			reason:
				'Размер этого файла — 5,1 МБ, а резервная копия никогда не бывает больше 2 МБ, поэтому это не файл резервной копии.'
		});
	});
});
