import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeValue, megabytes } from './describe';
import { parseErrorPlace, placeOf } from './json-position';
import { parseUntrustedJson } from './parse-json';
import { readUntrustedFile, readUntrustedText } from './read-untrusted';
import { sha256Hex } from './sha256';
import { decodeText } from './text-bytes';
import { looksCutOff, scanJson } from './truncation';
import type { UntrustedKind } from './untrusted-kind';

// a made-up kind of file, so the reader is tested apart from backups and hand-ins
const NOTE: UntrustedKind<{ format: string; version: number; text: string }> = {
	noun: 'note',
	aNoun: 'a note',
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
	again: 'Write it again.',
	retry: 'open it again',
	otherFormats: { 'parallax-backup': 'A backup, not a note.' }
};

const read = (text: string) => {
	const result = readUntrustedText(text, NOTE);
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
		expect(megabytes(5 * 1024 * 1024 + 1)).toBe('5.1');
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
			'The file is damaged or incomplete: it is cut off before the note ends. Write it again.'
		);
		expect(read('{"format":"parallax-note"} x')).toBe(
			'This file is damaged: it is not valid JSON at line 1, column 28, so it is not a note that can be read. Write it again.'
		);
		expect(read('[[[[1]]]]')).toBe(
			'This file is too deeply nested (more than 3 levels) to be a Parallax note.'
		);
		expect(read('[1]')).toBe('This file is not a Parallax note: it holds a list of 1, not a note.');
		expect(read('{"format":"parallax-backup"}')).toBe('A backup, not a note.');
		expect(read('{"format":"parallax-other"}')).toBe(
			'This is a different kind of Parallax file ("parallax-other"), not a note.'
		);
		expect(read('{"format":"parallax-note","version":4}')).toMatch(
			/newer version of Parallax \(note version 4\); this app reads version 3\. Update the app, then open it again\.$/
		);
		expect(read('{"format":"parallax-note","version":1}')).toMatch(
			/older version .* no longer read/
		);
		expect(read('{"format":"parallax-note","version":"2"}')).toMatch(/invalid version \("2"\)/);
		expect(read('{"format":"parallax-note","version":2,"text":5}')).toBe(
			'This file looks like a Parallax note, but some of its data is wrong: text: expected text, got 5.'
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
			reason: 'This file is 0.1 MB; a note is never over 0.1 MB, so this is not a note file.'
		});
		expect(readIt).toBe(false);
	});

	it('words a file that cannot be read, and never throws', async () => {
		const gone = { size: 1, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
		expect(await readUntrustedFile(gone as unknown as Blob, NOTE)).toEqual({
			ok: false,
			reason: 'The file could not be read. Choose it again and retry.'
		});
		expect(await readUntrustedFile(null as unknown as Blob, NOTE)).toEqual({
			ok: false,
			reason: 'The file could not be checked. Choose it again and retry.'
		});
	});
});
