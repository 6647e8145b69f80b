import { sha256 } from '$lib/files/sha256';
import { refuse, type LinkCheck, type LinkedAssignment, type LinkedLesson } from './link';
import {
	MAX_ASSIGNMENT_ID,
	MAX_CONTENT_ID,
	MAX_INSTRUCTIONS,
	MAX_LESSONS,
	MAX_QUESTIONS,
	MAX_TITLE
} from './link-limits';
import { HALF, TextModel } from './link-text-model';

// Reading link format 2 (see link.ts for the layout): the frame of decimal digits, then the
// assignment's fields in the order link-encode.ts writes them. Loaded when such a link is opened.

// due dates stay within years 1000 to 9999, as the date check of every assignment wants
const MAX_DAY_CODE = 2 * 2_900_000;

/** Reads a payload that starts with this format's digit. */
export async function decodeV2(payload: string): Promise<LinkCheck> {
	if (!/^\d+$/.test(payload)) return refuse('changed');
	const width = Number(payload[1] ?? 0);
	const countText = payload.slice(2, 2 + width);
	if (payload.length < 2 || countText.length < width) {
		return refuse('truncated');
	}
	const count = Number(countText);
	if (width === 0 || count <= CHECKSUM_BYTES || count > MAX_DATA_BYTES) {
		return refuse('changed');
	}
	const digits = payload.slice(2 + width);
	const expected = decimalWidth(count);
	if (digits.length < expected) return refuse('truncated');
	if (digits.length > expected) return refuse('too-long');
	const bytes = fromDecimal(digits, count);
	if (!bytes) return refuse('changed');
	const data = bytes.subarray(CHECKSUM_BYTES);
	const checksum = await checksumOf(data);
	if (checksum.some((byte, i) => byte !== bytes[i])) {
		return refuse('changed');
	}
	const assignment = readFields(data);
	return assignment ? { ok: true, assignment } : refuse('not-readable');
}

// The checksum passed, so the data is what a teacher's device wrote: every field is read within
// its bounds, and anything else (which only a bug could write) is refused as a whole.
function readFields(data: Uint8Array): LinkedAssignment | undefined {
	const input = new LinkReader(data);
	const idLength = input.below(MAX_ASSIGNMENT_ID) + 1;
	let id = '';
	for (let i = 0; i < idLength; i++) id += ID_CHARS[input.below(ID_CHARS.length)];
	const version = input.count(2 ** 40);
	const title = input.text(MAX_TITLE * 4);
	const instructions = input.text(MAX_INSTRUCTIONS * 4);
	if (!version || !title?.trim() || title.length > MAX_TITLE) return undefined;
	if (instructions === undefined || instructions.length > MAX_INSTRUCTIONS) return undefined;
	let due: string | null = null;
	if (input.bit()) {
		const code = input.count(MAX_DAY_CODE);
		if (code === undefined) return undefined;
		const days = code % 2 ? -(code + 1) / 2 : code / 2;
		due = new Date(DAY_ZERO + days * DAY_MS).toISOString().slice(0, 10);
		if (!/^[1-9]\d{3}-/.test(due)) return undefined;
	}
	const hideComments = input.bit() === 1;
	const lessonCount = input.count(MAX_LESSONS - 1);
	if (lessonCount === undefined) return undefined;
	const lessons: LinkedLesson[] = [];
	const seen = new Set<string | number>();
	for (let n = 0; n <= lessonCount; n++) {
		const lesson: LinkedLesson = { hash: '', required: 'all' };
		if (input.bit()) lesson.ref = input.below(1 << 16) * 65536 + input.below(1 << 16);
		else lesson.id = input.text(MAX_CONTENT_ID);
		const key = lesson.ref ?? lesson.id;
		if (key === undefined || seen.has(key)) return undefined;
		if (lesson.id !== undefined && !/^[a-z0-9-]+$/.test(lesson.id)) return undefined;
		seen.add(key);
		const hash = input.below(1 << 12) * 4096 + input.below(1 << 12);
		lesson.hash = hash.toString(16).padStart(HASH_DIGITS, '0');
		if (!input.bit()) {
			const questions = input.count(MAX_QUESTIONS);
			if (questions === undefined) return undefined;
			lesson.required = Array.from({ length: questions }, () => input.bit() === 1);
		}
		lessons.push(lesson);
	}
	return { id, version, title, instructions, due, lessons, hideComments };
}

function fromDecimal(digits: string, count: number): Uint8Array | undefined {
	let value = BigInt(digits);
	if (value >> BigInt(8 * count) !== 0n) return undefined;
	const bytes = new Uint8Array(count);
	for (let i = count - 1; i >= 0; i--) {
		bytes[i] = Number(value & 0xffn);
		value >>= 8n;
	}
	return bytes;
}

// The bit-level coder (its writing half is in link-encode.ts): a binary arithmetic coder (as in lpaq) that writes numbers
// at even odds and text through a small context-mixing model (link-text-model.ts): predictions from the partial byte
// alone, the last byte, the last two bytes and the current word, mixed by weights that learn as
// they go. Both ends first run the model over LINK_PRIMER, so an English sentence costs about
// half of what deflate makes of it, and any other script still round-trips (at more bits).
// Everything here is integer arithmetic in doubles, so every browser reads a link the same way:
// the model is part of the link format, like the primer.

/** Bytes of SHA-256 in front of a format 2 link's data. */
export const CHECKSUM_BYTES = 4;
export const MAX_DATA_BYTES = 32 * 1024;
/** Hex digits of the teacher's pack hash a link carries per lesson. */
export const HASH_DIGITS = 6;
/** What an assignment id is made of. */
export const ID_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz-';
/** Due dates are days from 1 January 2000. */
export const DAY_ZERO = Date.UTC(2000, 0, 1);
export const DAY_MS = 86_400_000;

/** Reads what a LinkWriter wrote. Bad input reads as something (the checksum catches it). */
export class LinkReader {
	#low = 0;
	#high = 0xffffffff;
	#x = 0;
	#next = 0;
	readonly #model = new TextModel();

	constructor(private readonly bytes: Uint8Array) {
		for (let i = 0; i < 4; i++) this.#x = ((this.#x << 8) | this.#byte()) >>> 0;
	}

	#byte(): number {
		return this.#next < this.bytes.length ? this.bytes[this.#next++]! : 0;
	}

	bit(p = HALF): number {
		const middle = this.#low + ((this.#high - this.#low) >>> 12) * p;
		const bit = this.#x <= middle ? 1 : 0;
		if (bit) this.#high = middle;
		else this.#low = middle + 1;
		while (((this.#low ^ this.#high) & 0xff000000) === 0) {
			this.#low = (this.#low << 8) >>> 0;
			this.#high = ((this.#high << 8) | 255) >>> 0;
			this.#x = ((this.#x << 8) | this.#byte()) >>> 0;
		}
		return bit;
	}

	below(n: number): number {
		let low = 0;
		let high = n;
		while (high - low > 1) {
			const middle = low + ((high - low) >> 1);
			if (this.bit(evenOdds(low, middle, high))) low = middle;
			else high = middle;
		}
		return low;
	}

	/** A count written by `count`; undefined past `max` (so bad data cannot ask for gigabytes). */
	count(max: number): number | undefined {
		let value = 0;
		let scale = 1;
		for (;;) {
			const more = this.bit();
			value += this.below(128) * scale;
			scale *= 128;
			if (value > max) return undefined;
			if (!more) return value;
		}
	}

	/** Text of at most `maxBytes` UTF-8 bytes; undefined when longer or not UTF-8. */
	text(maxBytes: number): string | undefined {
		const length = this.count(maxBytes);
		if (length === undefined) return undefined;
		const bytes = new Uint8Array(length);
		for (let k = 0; k < length; k++) {
			let byte = 0;
			for (let i = 0; i < 8; i++) {
				const bit = this.bit(this.#model.p);
				this.#model.update(bit);
				byte = (byte << 1) | bit;
			}
			bytes[k] = byte;
		}
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return undefined;
		}
	}
}

/** The odds that a number evenly spread over [low, high) is at least middle, in 12 bits. */
export function evenOdds(low: number, middle: number, high: number): number {
	return Math.min(4095, Math.max(1, Math.round((4096 * (high - middle)) / (high - low))));
}

/** The first bytes of the SHA-256 of a link's data. */
export async function checksumOf(data: Uint8Array): Promise<Uint8Array> {
	return (await sha256(data)).subarray(0, CHECKSUM_BYTES);
}

/** How many decimal digits the largest number of `bytes` bytes has. */
export function decimalWidth(bytes: number): number {
	return ((1n << BigInt(8 * bytes)) - 1n).toString().length;
}
