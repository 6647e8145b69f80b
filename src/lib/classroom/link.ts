import type { AssignmentSpec } from './types';

// The whole assignment travels in the link's fragment: <origin>/assignment#<payload>, where
// payload = <format>.<data length, base36>.<checksum>.<data>, data = base64url(deflate-raw(JSON)).
// The length tells a cut-off link from a mangled one; base64url has no '.', so '.' splits safely.

/** Raised only when the payload's layout or compact JSON changes; newer links are refused. */
export const LINK_VERSION = 1;
export const MAX_ASSIGNMENT_ID = 40;
export const MAX_TITLE = 200;
export const MAX_INSTRUCTIONS = 2000;
export const MAX_LESSONS = 50;
export const MAX_REQUIRED = 100;
export const MAX_CONTENT_ID = 80;
// a typical assignment's JSON is a few hundred bytes; the cap stops a deflate bomb freezing the tab
export const MAX_LINK_JSON_BYTES = 64 * 1024;
// base64 of the largest allowed JSON, even if it did not compress at all, plus the header
const MAX_PAYLOAD_CHARS = 100_000;
const CHECKSUM_DIGITS = 8;

export type LinkProblem = 'empty' | 'truncated' | 'damaged' | 'newer' | 'not-an-assignment';
export type LinkCheck =
	{ ok: true; spec: AssignmentSpec } | { ok: false; problem: LinkProblem; message: string };

const AGAIN = 'Copy the whole link again, or scan the QR code.';
const MESSAGES = {
	empty: `This link has no assignment in it. Ask your teacher for the link, or scan the QR code.`,
	truncated: `This link is cut off: it is missing its end. ${AGAIN}`,
	changed: `This link has been changed or damaged: its checksum does not match. ${AGAIN}`,
	tooLong: `This link has been changed or damaged: it is longer than it should be. ${AGAIN}`,
	notOurs: `This is not a Parallax assignment link. Open the link your teacher sent, or scan the QR code.`
};

/** The fragment payload (without '#') for an assignment; rejects a spec that breaks the limits. */
export async function encodeAssignment(spec: AssignmentSpec): Promise<string> {
	const problem = assignmentProblem(spec);
	if (problem) throw new RangeError(`This assignment cannot be made into a link: ${problem}`);
	const json = JSON.stringify(toCompact(spec));
	if (new TextEncoder().encode(json).length > MAX_LINK_JSON_BYTES) {
		throw new RangeError(
			'This assignment is too big for a link: choose fewer lessons or required questions.'
		);
	}
	return packLinkPayload(json);
}

export function assignmentLink(origin: string, payload: string): string {
	return `${origin}/assignment#${payload}`;
}

/** Reads an assignment from a link's fragment (or the whole link). Never throws. */
export async function decodeAssignment(fragment: string): Promise<LinkCheck> {
	try {
		return await decode(fragment);
	} catch {
		// nothing above should throw; if something does, the link is still unreadable, not a crash
		return refuse('damaged', `This link is damaged: it could not be read. ${AGAIN}`);
	}
}

/** Compresses any text into a framed payload; encodeAssignment's last step, open for tests. */
export async function packLinkPayload(text: string): Promise<string> {
	return frameLinkData(toBase64url(await deflate(new TextEncoder().encode(text))));
}

/** Adds the format, length and checksum in front of base64url data. */
export async function frameLinkData(data: string): Promise<string> {
	const checksum = await dataChecksum(data);
	return `${LINK_VERSION}.${data.length.toString(36)}.${checksum}.${data}`;
}

/** The first thing wrong with an assignment, naming its field, or undefined when it is valid. */
export function assignmentProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return `the assignment: expected an object, got ${describe(value)}`;
	const { id, version, title, instructions, due, lessons, hideComments } = value;
	if (typeof id !== 'string' || !new RegExp(`^[a-z0-9-]{1,${MAX_ASSIGNMENT_ID}}$`).test(id)) {
		return `id: expected up to ${MAX_ASSIGNMENT_ID} lowercase letters, digits or '-', got ${describe(id)}`;
	}
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
		return `version: expected a whole number of 1 or more, got ${describe(version)}`;
	}
	if (typeof title !== 'string' || !title.trim() || title.length > MAX_TITLE) {
		return `title: expected text of 1 to ${MAX_TITLE} characters, got ${describe(title)}`;
	}
	if (typeof instructions !== 'string' || instructions.length > MAX_INSTRUCTIONS) {
		return `instructions: expected text of at most ${MAX_INSTRUCTIONS} characters, got ${describe(instructions)}`;
	}
	if (due !== null && !isCalendarDate(due)) {
		return `due: expected a date like "2024-09-30" or none, got ${describe(due)}`;
	}
	if (typeof hideComments !== 'boolean') {
		return `hideComments: expected true or false, got ${describe(hideComments)}`;
	}
	if (!Array.isArray(lessons) || lessons.length < 1 || lessons.length > MAX_LESSONS) {
		return `lessons: expected a list of 1 to ${MAX_LESSONS} lessons, got ${describe(lessons)}`;
	}
	const seen = new Set<string>();
	for (const [index, lesson] of lessons.entries()) {
		const problem = lessonProblem(lesson, `lessons[${index}]`);
		if (problem) return problem;
		const lessonId = (lesson as { id: string }).id;
		if (seen.has(lessonId)) return `lessons[${index}].id: "${lessonId}" is listed twice`;
		seen.add(lessonId);
	}
	return undefined;
}

async function decode(fragment: string): Promise<LinkCheck> {
	// the payload never holds whitespace: drop what copy-paste or a wrapped e-mail line added
	const text = fragment.replace(/\s+/g, '');
	const payload = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
	if (!payload) return refuse('empty', MESSAGES.empty);
	if (payload.length > MAX_PAYLOAD_CHARS) return refuse('not-an-assignment', MESSAGES.notOurs);

	const [format = '', length, checksum, data, ...extra] = payload.split('.');
	if (length === undefined) {
		// only the start survived, or it was never a link of ours
		return format === String(LINK_VERSION)
			? refuse('truncated', MESSAGES.truncated)
			: refuse('not-an-assignment', MESSAGES.notOurs);
	}
	if (!/^[1-9][0-9]{0,5}$/.test(format)) return refuse('not-an-assignment', MESSAGES.notOurs);
	if (Number(format) > LINK_VERSION) {
		return refuse(
			'newer',
			`This assignment was made with a newer version of Parallax (link format ${format}). Update the app, then open the link again.`
		);
	}
	if (Number(format) < LINK_VERSION) return refuse('not-an-assignment', MESSAGES.notOurs);
	if (extra.length > 0) return refuse('damaged', MESSAGES.tooLong);
	if (!/^[0-9a-z]{0,6}$/.test(length)) return refuse('damaged', MESSAGES.changed);
	if (checksum === undefined) return refuse('truncated', MESSAGES.truncated);
	if (!length) return refuse('damaged', MESSAGES.changed);
	if (!/^[0-9a-f]*$/.test(checksum) || checksum.length > CHECKSUM_DIGITS) {
		return refuse('damaged', MESSAGES.changed);
	}
	if (data === undefined || checksum.length < CHECKSUM_DIGITS) {
		return refuse('truncated', MESSAGES.truncated);
	}
	if (!/^[A-Za-z0-9_-]*$/.test(data)) return refuse('damaged', MESSAGES.changed);
	const expected = parseInt(length, 36);
	if (data.length < expected) return refuse('truncated', MESSAGES.truncated);
	if (data.length > expected) return refuse('damaged', MESSAGES.tooLong);
	if ((await dataChecksum(data)) !== checksum) return refuse('damaged', MESSAGES.changed);

	return readData(data);
}

// the checksum passed, so anything wrong from here on was written wrong, not mangled in transit
async function readData(data: string): Promise<LinkCheck> {
	const bytes = fromBase64url(data);
	const json = bytes && (await inflate(bytes, MAX_LINK_JSON_BYTES));
	if (json === 'too-big') return damaged('it unpacks to far more than an assignment holds');
	const text = json && decodeUtf8(json);
	if (text === undefined) return damaged('its data cannot be unpacked');
	let compact: unknown;
	try {
		compact = JSON.parse(text);
	} catch {
		return damaged('its data is not an assignment');
	}
	const spec = fromCompact(compact);
	const problem = assignmentProblem(spec);
	return problem ? damaged(problem) : { ok: true, spec: spec as AssignmentSpec };
}

function damaged(detail: string): LinkCheck {
	return refuse(
		'damaged',
		`This link is damaged (${detail}). Ask your teacher for a new link, or scan the QR code.`
	);
}

function refuse(problem: LinkProblem, message: string): LinkCheck {
	return { ok: false, problem, message };
}

// short keys, and each lesson as [id, hash, ...required], keep the link short enough for a QR code
type Compact = { i: string; v: number; t: string; n?: string; d?: string; h?: 1; l: string[][] };

function toCompact(spec: AssignmentSpec): Compact {
	const compact: Compact = { i: spec.id, v: spec.version, t: spec.title, l: [] };
	if (spec.instructions) compact.n = spec.instructions;
	if (spec.due !== null) compact.d = spec.due;
	if (spec.hideComments) compact.h = 1;
	compact.l = spec.lessons.map((lesson) => [lesson.id, lesson.hash, ...lesson.required]);
	return compact;
}

// spreads the compact form back into named fields, unchecked: assignmentProblem checks them all
function fromCompact(value: unknown): unknown {
	if (!isRecord(value)) return value;
	const lesson = (entry: unknown) =>
		Array.isArray(entry) ? { id: entry[0], hash: entry[1], required: entry.slice(2) } : entry;
	const flag = value.h === undefined || value.h === 0 ? false : value.h === 1 ? true : value.h;
	return {
		id: value.i,
		version: value.v,
		title: value.t,
		instructions: value.n ?? '',
		due: value.d ?? null,
		lessons: Array.isArray(value.l) ? value.l.map(lesson) : value.l,
		hideComments: flag
	};
}

function lessonProblem(lesson: unknown, where: string): string | undefined {
	if (!isRecord(lesson)) return `${where}: expected a lesson, got ${describe(lesson)}`;
	const { id, hash, required } = lesson;
	if (!isContentId(id)) return `${where}.id: expected a lesson id, got ${describe(id)}`;
	if (typeof hash !== 'string' || !/^[0-9a-f]{12}$/.test(hash)) {
		return `${where}.hash: expected 12 lowercase hex digits, got ${describe(hash)}`;
	}
	if (!Array.isArray(required) || required.length > MAX_REQUIRED) {
		return `${where}.required: expected a list of at most ${MAX_REQUIRED} question ids, got ${describe(required)}`;
	}
	const seen = new Set<unknown>();
	for (const [index, questionId] of required.entries()) {
		if (!isContentId(questionId) || seen.has(questionId)) {
			return `${where}.required[${index}]: expected a question id listed once, got ${describe(questionId)}`;
		}
		seen.add(questionId);
	}
	return undefined;
}

function isContentId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= MAX_CONTENT_ID && /^[a-z0-9-]+$/.test(value);
}

// a real day: 2024-02-30 matches the pattern, but is not a date
function isCalendarDate(value: unknown): boolean {
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1000;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string' && value.length > 40) return `${value.length} characters of text`;
	return JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function dataChecksum(data: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(data));
	return Array.from(new Uint8Array(digest).subarray(0, CHECKSUM_DIGITS / 2), (byte) =>
		byte.toString(16).padStart(2, '0')
	).join('');
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

function decodeUtf8(bytes: Uint8Array<ArrayBuffer>): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
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
