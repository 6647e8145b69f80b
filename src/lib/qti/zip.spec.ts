// The ZIP writer, read back by JSZip (which checks every CRC-32) and byte by byte where the
// format fixes the bytes.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { crc32 } from './crc32';
import { zip } from './zip';

const utf8 = new TextEncoder();
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('zip', () => {
	it('computes the standard CRC-32', () => {
		// the check value of the CRC-32 used by ZIP, PNG and Ethernet
		expect(crc32(utf8.encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});

	it('writes an archive another reader opens, with names in UTF-8 and bytes intact', async () => {
		const binary = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);
		const bytes = zip(
			[
				{ path: 'imsmanifest.xml', data: '<manifest/>' },
				{ path: 'items/élève-ü-引用.xml', data: '<p>“quoted” — text</p>' },
				{ path: 'empty.txt', data: '' },
				{ path: 'data.bin', data: binary }
			],
			new Date(2026, 10, 28, 10, 30, 44)
		);
		const archive = await JSZip.loadAsync(bytes, { checkCRC32: true });
		expect(Object.keys(archive.files)).toEqual([
			'imsmanifest.xml',
			'items/élève-ü-引用.xml',
			'empty.txt',
			'data.bin'
		]);
		expect(await archive.file('items/élève-ü-引用.xml')!.async('string')).toBe(
			'<p>“quoted” — text</p>'
		);
		expect(await archive.file('empty.txt')!.async('string')).toBe('');
		expect(await archive.file('data.bin')!.async('uint8array')).toEqual(binary);
		for (const file of Object.values(archive.files)) expect(file.dir).toBe(false);
	});

	it('stores each entry with the UTF-8 flag and ends with a directory that counts them', () => {
		const bytes = zip(
			[
				{ path: 'a.xml', data: 'A' },
				{ path: 'b/ç.xml', data: 'BB' }
			],
			new Date(2026, 10, 28, 10, 30, 44)
		);
		const data = view(bytes);
		// the first local header: signature, version 2.0, UTF-8 names, stored, then the CRC
		expect(data.getUint32(0, true)).toBe(0x04034b50);
		expect(data.getUint16(6, true)).toBe(0x0800);
		expect(data.getUint16(8, true)).toBe(0);
		// MS-DOS time and date, in the local time the Date was made in: 10:30:44, 2026-11-28
		expect(data.getUint16(10, true)).toBe((10 << 11) | (30 << 5) | 22);
		expect(data.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 28);
		expect(data.getUint32(14, true)).toBe(crc32(utf8.encode('A')));
		expect(data.getUint32(18, true)).toBe(1);
		// the end record: two entries, and a central directory where it says it is
		const end = bytes.length - 22;
		expect(data.getUint32(end, true)).toBe(0x06054b50);
		expect(data.getUint16(end + 10, true)).toBe(2);
		const centralStart = data.getUint32(end + 16, true);
		expect(data.getUint32(centralStart, true)).toBe(0x02014b50);
		expect(centralStart + data.getUint32(end + 12, true)).toBe(end);
	});

	// a second reader where the machine has one: CPython's zipfile, strict about headers
	const python = spawnSync('python3', ['-c', 'import zipfile'], { encoding: 'utf8' }).status === 0;
	it.skipIf(!python)('is read by Python’s zipfile, which tests every entry', () => {
		const bytes = zip([
			{ path: 'imsmanifest.xml', data: '<manifest/>' },
			{ path: 'items/ü.xml', data: 'Ü'.repeat(1000) }
		]);
		const script = [
			'import io, sys, zipfile',
			'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
			'assert z.testzip() is None',
			'print("|".join(f"{i.filename}:{i.file_size}:{i.compress_type}" for i in z.infolist()))'
		].join('\n');
		const run = spawnSync('python3', ['-c', script], { input: bytes, encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.stdout.trim()).toBe('imsmanifest.xml:11:0|items/ü.xml:2000:0');
	});

	it('refuses two entries at one path, and paths that are not relative', () => {
		expect(() =>
			zip([
				{ path: 'a', data: '' },
				{ path: 'a', data: '' }
			])
		).toThrow(/same path/);
		expect(() => zip([{ path: '/abs', data: '' }])).toThrow(/relative path/);
		expect(() => zip([{ path: 'a\\b', data: '' }])).toThrow(/relative path/);
	});
});
