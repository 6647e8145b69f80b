// A minimal ZIP writer: entries stored, not compressed (the XML of a lesson's questions is a few
// dozen KB, and a learning platform reads a stored entry as readily), names in UTF-8.
import { crc32 } from './crc32';

export type ZipEntry = { path: string; data: Uint8Array | string };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
// version 2.0: what a reader needs for stored entries in folders
const VERSION = 20;
// general purpose flag bit 11: the name (and comment) are UTF-8
const UTF8_NAMES = 0x0800;
const STORED = 0;

/** MS-DOS date and time, as every ZIP tool writes them: local time, two-second steps, 1980 on. */
function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
		date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
	};
}

/** Writes little-endian numbers into a byte array, moving on as it goes. */
class Writer {
	readonly bytes: Uint8Array<ArrayBuffer>;
	#view: DataView;
	offset = 0;
	constructor(size: number) {
		this.bytes = new Uint8Array(size);
		this.#view = new DataView(this.bytes.buffer);
	}
	u16(value: number) {
		this.#view.setUint16(this.offset, value, true);
		this.offset += 2;
	}
	u32(value: number) {
		this.#view.setUint32(this.offset, value >>> 0, true);
		this.offset += 4;
	}
	raw(bytes: Uint8Array) {
		this.bytes.set(bytes, this.offset);
		this.offset += bytes.length;
	}
}

/**
 * A ZIP archive of the entries, in their order: a local header and the data for each, then the
 * central directory and its end record. No ZIP64: past 65,535 entries or 4 GiB it refuses.
 */
export function zip(entries: readonly ZipEntry[], modified = new Date()): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const stamp = dosDateTime(modified);
	const files = entries.map((entry) => {
		const name = encoder.encode(entry.path);
		const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
		if (!entry.path || entry.path.startsWith('/') || entry.path.includes('\\')) {
			throw new Error(`A ZIP entry needs a relative path with forward slashes: "${entry.path}"`);
		}
		return { name, data, crc: crc32(data), offset: 0 };
	});
	if (new Set(entries.map((e) => e.path)).size !== entries.length) {
		throw new Error('Two ZIP entries have the same path.');
	}
	const localSize = files.reduce((sum, f) => sum + 30 + f.name.length + f.data.length, 0);
	const centralSize = files.reduce((sum, f) => sum + 46 + f.name.length, 0);
	if (files.length > 0xffff || localSize + centralSize + 22 > 0xffffffff) {
		throw new Error('Too large for a ZIP archive without ZIP64.');
	}

	const out = new Writer(localSize + centralSize + 22);
	for (const file of files) {
		file.offset = out.offset;
		out.u32(LOCAL_HEADER);
		out.u16(VERSION);
		out.u16(UTF8_NAMES);
		out.u16(STORED);
		out.u16(stamp.time);
		out.u16(stamp.date);
		out.u32(file.crc);
		out.u32(file.data.length); // compressed size: stored, so the same
		out.u32(file.data.length);
		out.u16(file.name.length);
		out.u16(0); // no extra field
		out.raw(file.name);
		out.raw(file.data);
	}
	const centralStart = out.offset;
	for (const file of files) {
		out.u32(CENTRAL_HEADER);
		out.u16(VERSION); // made by: MS-DOS attributes, version 2.0
		out.u16(VERSION);
		out.u16(UTF8_NAMES);
		out.u16(STORED);
		out.u16(stamp.time);
		out.u16(stamp.date);
		out.u32(file.crc);
		out.u32(file.data.length);
		out.u32(file.data.length);
		out.u16(file.name.length);
		out.u16(0); // extra field
		out.u16(0); // comment
		out.u16(0); // disk number
		out.u16(0); // internal attributes
		out.u32(0); // external attributes
		out.u32(file.offset);
		out.raw(file.name);
	}
	out.u32(END_OF_CENTRAL_DIRECTORY);
	out.u16(0); // this disk
	out.u16(0); // the disk where the central directory starts
	out.u16(files.length);
	out.u16(files.length);
	out.u32(centralSize);
	out.u32(centralStart);
	out.u16(0); // no comment
	return out.bytes;
}
