import { LINK_PRIMER } from './link-primer';

// The text model of link format 2: it predicts the next bit of UTF-8 text from what came before,
// so the arithmetic coder (link-v2.ts, link-encode.ts) spends few bits on likely text. Both ends
// first run it over LINK_PRIMER; it is part of the link format, like the primer.

/** Even odds, in the 12 bits a probability takes here. */
export const HALF = 2048;

// squash: the logistic function on stretch(p) = ln(p / (1 - p)), both in fixed point (lpaq1)
const SQUASH_POINTS = [
	1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607,
	3785, 3901, 3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094
];

function squash(d: number): number {
	if (d > 2047) return 4095;
	if (d < -2047) return 1;
	const w = d & 127;
	const i = (d >> 7) + 16;
	return (SQUASH_POINTS[i]! * (128 - w) + SQUASH_POINTS[i + 1]! * w + 64) >> 7;
}

let stretchTable: Int16Array | undefined;
function stretchOf(p: number): number {
	if (!stretchTable) {
		stretchTable = new Int16Array(4096);
		let next = 0;
		for (let x = -2047; x <= 2047; x++) {
			const v = squash(x);
			for (let j = next; j <= v; j++) stretchTable[j] = x;
			next = v + 1;
		}
		stretchTable.fill(2047, next);
	}
	return stretchTable[p]!;
}

const HASHED_BITS = 16;
const HASHED_MASK = (1 << HASHED_BITS) - 1;
const INPUTS = 5;
// a context's estimate moves by 1/(n + 1.5) of each surprise, n capped: fast at first, then steady
const COUNT_LIMIT = 60;

/** Predicts the next bit of UTF-8 text from what came before. */
export class TextModel {
	// probabilities (16 bit) and how often each was updated, per input
	readonly #tables = [
		new Uint16Array(256),
		new Uint16Array(1 << 16),
		new Uint16Array(1 << HASHED_BITS),
		new Uint16Array(1 << HASHED_BITS)
	];
	readonly #counts = this.#tables.map((table) => new Uint8Array(table.length));
	readonly #weights = new Float64Array(INPUTS).fill(1 << 14);
	readonly #slots = new Int32Array(4);
	readonly #stretched = new Int32Array(INPUTS);
	// the current byte so far, after a leading 1; the last two bytes; a hash of the current word
	#partial = 1;
	#last = 0;
	#beforeLast = 0;
	#word = 0;
	/** P(next bit is 1), 12 bit. */
	p = HALF;

	constructor() {
		for (const table of this.#tables) table.fill(32768);
		this.#predict();
		for (const byte of new TextEncoder().encode(LINK_PRIMER)) {
			for (let i = 7; i >= 0; i--) this.update((byte >> i) & 1);
		}
	}

	#predict(): void {
		const partial = this.#partial;
		this.#slots[0] = partial;
		this.#slots[1] = (this.#last << 8) | partial;
		this.#slots[2] =
			((Math.imul((this.#beforeLast << 8) + this.#last + 1, 0x9e3779b1) >>> 16) ^ partial) &
			HASHED_MASK;
		this.#slots[3] = ((Math.imul(this.#word + 1, 0x85ebca6b) >>> 16) ^ partial) & HASHED_MASK;
		let dot = 0;
		for (let i = 0; i < 4; i++) {
			this.#stretched[i] = stretchOf(this.#tables[i]![this.#slots[i]!]! >>> 4);
			dot += this.#weights[i]! * this.#stretched[i]!;
		}
		this.#stretched[4] = 256;
		dot += this.#weights[4]! * 256;
		this.p = Math.min(4095, Math.max(1, squash(Math.floor(dot / 65536))));
	}

	update(bit: number): void {
		for (let i = 0; i < 4; i++) {
			const table = this.#tables[i]!;
			const counts = this.#counts[i]!;
			const slot = this.#slots[i]!;
			const n = counts[slot]!;
			table[slot] = table[slot]! + Math.trunc(((bit ? 65535 : 0) - table[slot]!) / (n + 1.5));
			if (n < COUNT_LIMIT) counts[slot] = n + 1;
		}
		const error = ((bit << 12) - this.p) * 6;
		for (let i = 0; i < INPUTS; i++) {
			this.#weights[i] = this.#weights[i]! + Math.floor((this.#stretched[i]! * error) / 1024);
		}
		this.#partial = (this.#partial << 1) | bit;
		if (this.#partial >= 256) {
			const byte = this.#partial & 255;
			this.#beforeLast = this.#last;
			this.#last = byte;
			this.#partial = 1;
			const letter = (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte >= 128;
			this.#word = letter ? Math.imul(this.#word ^ (byte | 32), 0x01000193) >>> 0 : 0;
		}
		this.#predict();
	}
}
