import { LINK_VERSION, lessonRef, type TeacherLessons } from './link';
import { assignmentProblem } from './link-check';
import {
	CHECKSUM_BYTES,
	DAY_MS,
	DAY_ZERO,
	HASH_DIGITS,
	ID_CHARS,
	MAX_DATA_BYTES,
	checksumOf,
	decimalWidth,
	evenOdds
} from './link-v2';
import { HALF, TextModel } from './link-text-model';
import { MAX_ASSIGNMENT_ID, MAX_QUESTIONS } from './link-limits';
import type { AssignmentSpec } from '$lib/model';

// Making a link, on the teacher's device: format 2 when this device's copies of the lessons can
// express the assignment, else format 1. Loaded when a link is made.

/**
 * The fragment payload (without '#') for an assignment; throws, naming the field, when it breaks
 * the limits. With the teacher's lessons it is a compact format 2 payload; without them (or when
 * a lesson's required questions are not all in this device's copy) a format 1 payload.
 */
export async function encodeAssignment(
	spec: AssignmentSpec,
	lessons?: TeacherLessons
): Promise<string> {
	const problem = assignmentProblem(spec);
	if (problem) throw new RangeError(`This assignment cannot be made into a link: ${problem}`);
	const compact = lessons && (await encodeV2(spec, lessons));
	return compact ?? (await import('./link-v1')).encodeV1(spec);
}

/** The format 2 payload, or undefined when the teacher's copies cannot express the assignment. */
async function encodeV2(
	spec: AssignmentSpec,
	lessons: TeacherLessons
): Promise<string | undefined> {
	const refCount = new Map<number, number>();
	for (const id of lessons.ids) refCount.set(lessonRef(id), (refCount.get(lessonRef(id)) ?? 0) + 1);
	const out = new LinkWriter();
	out.below(spec.id.length - 1, MAX_ASSIGNMENT_ID);
	for (const char of spec.id) out.below(ID_CHARS.indexOf(char), ID_CHARS.length);
	out.count(spec.version);
	out.text(spec.title);
	out.text(spec.instructions);
	out.bit(spec.due === null ? 0 : 1);
	if (spec.due !== null) {
		const days = Math.round((Date.parse(`${spec.due}T00:00:00Z`) - DAY_ZERO) / DAY_MS);
		out.count(days >= 0 ? days * 2 : -days * 2 - 1);
	}
	out.bit(spec.hideComments ? 1 : 0);
	out.count(spec.lessons.length - 1);
	for (const lesson of spec.lessons) {
		const questions = lessons.questions(lesson.id);
		const required = new Set(lesson.required);
		if (!questions || questions.length > MAX_QUESTIONS) return undefined;
		if (lesson.required.some((q) => !questions.includes(q))) return undefined;
		// by reference when no other lesson of the library has the same one
		const ref = lessonRef(lesson.id);
		const byRef = refCount.get(ref) === 1 && lessons.ids.includes(lesson.id);
		out.bit(byRef ? 1 : 0);
		if (byRef) {
			out.below(ref >>> 16, 1 << 16);
			out.below(ref & 0xffff, 1 << 16);
		} else {
			out.text(lesson.id);
		}
		const hash = parseInt(lesson.hash.slice(0, HASH_DIGITS), 16);
		out.below(hash >>> 12, 1 << 12);
		out.below(hash & 0xfff, 1 << 12);
		const all = questions.every((q) => required.has(q));
		out.bit(all ? 1 : 0);
		if (!all) {
			out.count(questions.length);
			for (const q of questions) out.bit(required.has(q) ? 1 : 0);
		}
	}
	const data = out.finish();
	if (data.length + CHECKSUM_BYTES > MAX_DATA_BYTES) return undefined;
	const bytes = new Uint8Array(CHECKSUM_BYTES + data.length);
	bytes.set(await checksumOf(data));
	bytes.set(data, CHECKSUM_BYTES);
	const count = String(bytes.length);
	return `${LINK_VERSION}${count.length}${count}${toDecimal(bytes)}`;
}

function toDecimal(bytes: Uint8Array): string {
	let value = 0n;
	for (const byte of bytes) value = (value << 8n) | BigInt(byte);
	return value.toString().padStart(decimalWidth(bytes.length), '0');
}

/** Writes a link's fields as bits; `finish()` gives the bytes. */
export class LinkWriter {
	#low = 0;
	#high = 0xffffffff;
	readonly #out: number[] = [];
	readonly #model = new TextModel();

	/** One bit, with the probability (12 bit) that it is 1. */
	bit(bit: number, p = HALF): void {
		const middle = this.#low + ((this.#high - this.#low) >>> 12) * p;
		if (bit) this.#high = middle;
		else this.#low = middle + 1;
		while (((this.#low ^ this.#high) & 0xff000000) === 0) {
			this.#out.push(this.#high >>> 24);
			this.#low = (this.#low << 8) >>> 0;
			this.#high = ((this.#high << 8) | 255) >>> 0;
		}
	}

	/** A whole number below `n`, each as likely as the others. */
	below(value: number, n: number): void {
		let low = 0;
		let high = n;
		while (high - low > 1) {
			const middle = low + ((high - low) >> 1);
			const bit = value >= middle ? 1 : 0;
			this.bit(bit, evenOdds(low, middle, high));
			if (bit) low = middle;
			else high = middle;
		}
	}

	/** A whole number of any size: 7 bits at a time, each group after a "more" bit. */
	count(value: number): void {
		let rest = value;
		do {
			const group = rest % 128;
			rest = Math.floor(rest / 128);
			this.bit(rest > 0 ? 1 : 0);
			this.below(group, 128);
		} while (rest > 0);
	}

	/** Text through the model: its length in UTF-8 bytes, then the bytes. */
	text(value: string): void {
		const bytes = new TextEncoder().encode(value);
		this.count(bytes.length);
		for (const byte of bytes) {
			for (let i = 7; i >= 0; i--) {
				const bit = (byte >> i) & 1;
				this.bit(bit, this.#model.p);
				this.#model.update(bit);
			}
		}
	}

	finish(): Uint8Array {
		// one byte more pins a number between low and high; a reader takes what follows as zeros
		const out = [...this.#out, (this.#low >>> 24) + 1];
		while (out.length > 0 && out[out.length - 1] === 0) out.pop();
		return Uint8Array.from(out);
	}
}
