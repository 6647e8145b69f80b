import { parseUntrustedJson } from '$lib/files/parse-json';
import { sha256Hex } from '$lib/files/sha256';
import { decodeText } from '$lib/files/text-bytes';
import { refuse, type LinkCheck } from './link';
import { assignmentFault } from './link-check';
import type { AssignmentSpec } from '$lib/model';

// Link format 1, the first assignment links: /assignment#1.<data length, base36>.<checksum>.<data>,
// data = base64url(deflate-raw(compact JSON)). Links of this format keep opening; the app makes
// them only for an assignment format 2 cannot express (a lesson whose questions are not here).
// Loaded only when such a link is opened or made.

const CHECKSUM_DIGITS = 8;
// a typical assignment's JSON is a few hundred bytes; the cap stops a deflate bomb freezing the tab
export const MAX_LINK_JSON_BYTES = 64 * 1024;
// an assignment's compact JSON is three levels deep (the lessons' lists)
const MAX_LINK_DEPTH = 8;

/** The format 1 payload of an assignment (already checked by the caller). */
export function encodeV1(spec: AssignmentSpec): Promise<string> {
	const json = JSON.stringify(toCompact(spec));
	if (new TextEncoder().encode(json).length > MAX_LINK_JSON_BYTES) {
		throw new RangeError(
			'This assignment is too big for a link: choose fewer lessons or required questions.'
		);
	}
	return packLinkPayload(json);
}

/** Compresses any text into a framed format 1 payload; open for tests. */
export async function packLinkPayload(text: string): Promise<string> {
	return frameLinkData(toBase64url(await deflate(new TextEncoder().encode(text))));
}

/** Adds the format, length and checksum in front of base64url data. */
export async function frameLinkData(data: string): Promise<string> {
	const checksum = await dataChecksum(data);
	return `1.${data.length.toString(36)}.${checksum}.${data}`;
}

/** Reads a payload with a '.' in it: format 1, or a dotted format this app does not know. */
export async function decodeV1(payload: string): Promise<LinkCheck> {
	const [format = '', length, checksum, data, ...extra] = payload.split('.');
	if (!/^[1-9][0-9]{0,5}$/.test(format)) return refuse('not-ours');
	if (Number(format) > 1) return refuse('newer', format);
	if (extra.length > 0) return refuse('too-long');
	if (length === undefined || !/^[0-9a-z]{0,6}$/.test(length)) {
		return refuse('changed');
	}
	if (checksum === undefined) return refuse('truncated');
	if (!length) return refuse('changed');
	if (!/^[0-9a-f]*$/.test(checksum) || checksum.length > CHECKSUM_DIGITS) {
		return refuse('changed');
	}
	if (data === undefined || checksum.length < CHECKSUM_DIGITS) {
		return refuse('truncated');
	}
	if (!/^[A-Za-z0-9_-]*$/.test(data)) return refuse('changed');
	const expected = parseInt(length, 36);
	if (data.length < expected) return refuse('truncated');
	if (data.length > expected) return refuse('too-long');
	if ((await dataChecksum(data)) !== checksum) return refuse('changed');
	return readData(data);
}

// the checksum passed, so anything wrong from here on was written wrong, not mangled in transit
async function readData(data: string): Promise<LinkCheck> {
	const bytes = fromBase64url(data);
	const json = bytes && (await inflate(bytes, MAX_LINK_JSON_BYTES));
	if (json === 'too-big') return refuse('unpacks-too-big');
	if (!json) return refuse('cannot-unpack');
	// the same text and JSON stages as every file the app reads from outside
	const text = decodeText(json);
	if (!text.ok && text.problem !== 'empty') return refuse('cannot-unpack');
	const compact = text.ok
		? parseUntrustedJson(text.text, { maxBytes: MAX_LINK_JSON_BYTES, maxDepth: MAX_LINK_DEPTH })
		: undefined;
	if (!compact?.ok) return refuse('not-assignment');
	const spec = fromCompact(compact.value);
	const fault = assignmentFault(spec);
	return fault ? refuse('invalid', fault) : { ok: true, assignment: spec as AssignmentSpec };
}

// short keys, and each lesson as [id, hash, ...required]
type Compact = { i: string; v: number; t: string; n?: string; d?: string; h?: 1; l: string[][] };

function toCompact(spec: AssignmentSpec): Compact {
	const compact: Compact = { i: spec.id, v: spec.version, t: spec.title, l: [] };
	if (spec.instructions) compact.n = spec.instructions;
	if (spec.due !== null) compact.d = spec.due;
	if (spec.hideComments) compact.h = 1;
	compact.l = spec.lessons.map((lesson) => [lesson.id, lesson.hash, ...lesson.required]);
	return compact;
}

// spreads the compact form back into named fields, unchecked: assignmentFault checks them all
function fromCompact(value: unknown): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	const record = value as Record<string, unknown>;
	const lesson = (entry: unknown) =>
		Array.isArray(entry) ? { id: entry[0], hash: entry[1], required: entry.slice(2) } : entry;
	const flag = record.h === undefined || record.h === 0 ? false : record.h === 1 ? true : record.h;
	return {
		id: record.i,
		version: record.v,
		title: record.t,
		instructions: record.n ?? '',
		due: record.d ?? null,
		lessons: Array.isArray(record.l) ? record.l.map(lesson) : record.l,
		hideComments: flag
	};
}

async function dataChecksum(data: string): Promise<string> {
	return (await sha256Hex(data)).slice(0, CHECKSUM_DIGITS);
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

// stops reading once past the limit, so a small link cannot unpack into megabytes
async function inflate(
	bytes: Uint8Array<ArrayBuffer>,
	limit: number
): Promise<Uint8Array<ArrayBuffer> | 'too-big' | undefined> {
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.length;
			if (size > limit) {
				await reader.cancel().catch(() => undefined);
				return 'too-big';
			}
			chunks.push(value);
		}
	} catch {
		// not deflate data, or it ends early
		return undefined;
	}
	const joined = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.length;
	}
	return joined;
}

function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(data: string): Uint8Array<ArrayBuffer> | undefined {
	// one leftover character cannot hold a whole byte
	if (data.length % 4 === 1) return undefined;
	try {
		const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (char) => char.charCodeAt(0));
	} catch {
		return undefined;
	}
}
