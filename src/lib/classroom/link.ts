import type { Refusal, RefusalDetail } from './link-messages';
import type { AssignedLesson, AssignmentSpec } from '$lib/model';

// The whole assignment travels in the link's fragment, which never reaches a server.
//
// Format 2 (this app makes it): <origin>/a#2<k><n><digits>. n is the number of data bytes, written
// in k decimal digits; digits are those bytes as one decimal number, zero-padded to the length
// n bytes always take. A QR code stores digits at 3.3 bits each (its numeric mode), a third of
// what base64 costs in byte mode, and no chat app or e-mail cuts a link of digits short. The
// bytes: a checksum (SHA-256, 4 bytes) of the rest, then the assignment coded bit by bit
// (link-v2.ts): its id, version, title and instructions (through a text model primed with
// classroom English), due date, the hide-comments flag, and per lesson a 32-bit reference to its
// id (or the id itself when the teacher's library cannot tell it apart), the first 6 hex digits of
// the pack hash the teacher had, and its required questions: "all", or one bit per question of
// the teacher's copy, in order. A student's device turns references and bits back into lesson and
// question ids from its own library (matchLessons), so it needs the lessons before it can add
// the assignment; a different pack hash still says the student has a different version.
//
// Format 1 (older links, still opened): /assignment#1.<length>.<checksum>.<base64url deflate JSON>.
//
// This module is what the link page loads: the messages, which format a link is, and matching its
// lessons. Reading a format 2 link (link-v2.ts, link-primer.ts), reading a format 1
// link (link-v1.ts), making a link (link-encode.ts) and checking every field (link-check.ts) load
// when needed.

/** The newest link format; a link of a newer one asks for an update. */
export const LINK_VERSION = 2;
// far more than any assignment's link: longer text is not one
const MAX_PAYLOAD_CHARS = 100_000;

/** One lesson as a link carries it. */
export type LinkedLesson = {
	/** the lesson's id, when the link names it */
	id?: string;
	/** when it does not: a 32-bit reference to the id (lessonRef) */
	ref?: number;
	/** the first hex digits of the pack hash the teacher had (12 in format 1, 6 in format 2) */
	hash: string;
	/** question ids (format 1); or every question, or one flag per question of the teacher's copy */
	required: readonly string[] | 'all' | readonly boolean[];
};

/** An assignment as a link carries it: its lessons may still need this device's library. */
export type LinkedAssignment = Omit<AssignmentSpec, 'lessons'> & { lessons: LinkedLesson[] };

export type LinkProblem = 'empty' | 'truncated' | 'damaged' | 'newer' | 'not-an-assignment';
export type LinkCheck =
	{ ok: true; assignment: LinkedAssignment } | { ok: false; problem: LinkProblem; message: string };

/** What the teacher's device knows of the assigned lessons, to make a format 2 link. */
export type TeacherLessons = {
	/** the question ids of this device's copy of a lesson, in order; undefined when not here */
	questions(lessonId: string): readonly string[] | undefined;
	/** every lesson id in this device's library */
	ids: readonly string[];
};

/** The link for a payload: format 2 opens at the short /a, format 1 at /assignment. */
export function assignmentLink(origin: string, payload: string): string {
	return payload.includes('.') ? `${origin}/assignment#${payload}` : `${origin}/a#${payload}`;
}

/** Reads an assignment from a link's fragment (or the whole link). Never throws. */
export async function decodeAssignment(fragment: string): Promise<LinkCheck> {
	try {
		return await decode(fragment);
	} catch {
		// nothing above should throw; if something does, the link is still unreadable, not a crash
		return refuse('unreadable');
	}
}

/** The 32-bit reference a format 2 link uses for a lesson id (FNV-1a of its UTF-8). */
export function lessonRef(id: string): number {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(id)) hash = Math.imul(hash ^ byte, 0x01000193);
	return hash >>> 0;
}

/** What a student's device holds, to turn a link's lessons into ids. */
export type DeviceLessons = {
	/** every lesson id this device knows: its catalog, and lessons kept after the catalog dropped them */
	ids: readonly string[];
	/** the pack hash and question ids, in order, of this device's copy; undefined when not here */
	stored(lessonId: string): { hash: string; questions: readonly string[] } | undefined;
};

/** One of a link's lessons on this device. */
export type LessonMatch = {
	/** the lesson's id, once this device knows which lesson the link means */
	id: string | undefined;
	/** the lesson as the assignment holds it, once its questions are known */
	assigned: AssignedLesson | undefined;
};

/** Matches a link's lessons against this device's library (format 1 links need nothing). */
export function matchLessons(assignment: LinkedAssignment, device: DeviceLessons): LessonMatch[] {
	let refs: Map<number, string[]> | undefined;
	const named = (ref: number) => {
		if (!refs) {
			refs = new Map();
			for (const id of device.ids) {
				const key = lessonRef(id);
				refs.set(key, [...(refs.get(key) ?? []), id]);
			}
		}
		return refs.get(ref) ?? [];
	};
	return assignment.lessons.map((lesson): LessonMatch => {
		const candidates = lesson.id !== undefined ? [lesson.id] : named(lesson.ref ?? -1);
		// two library ids with one reference: the one whose copy is the teacher's version
		const id =
			candidates.find((c) => device.stored(c)?.hash.startsWith(lesson.hash)) ?? candidates[0];
		if (id === undefined) return { id, assigned: undefined };
		const { required } = lesson;
		if (isIdList(required))
			return { id, assigned: { id, hash: lesson.hash, required: [...required] } };
		const stored = device.stored(id);
		if (!stored) return { id, assigned: undefined };
		const { questions } = stored;
		const chosen =
			required === 'all'
				? [...questions]
				: questions.filter((_, index) => required[index] === true);
		// the teacher's version: its hash as the teacher's device stores it; another: the link's prefix
		const hash = stored.hash.startsWith(lesson.hash) ? stored.hash.slice(0, 12) : lesson.hash;
		return { id, assigned: { id, hash, required: chosen } };
	});
}

/** The assignment to store, once every lesson is matched; undefined until then. */
export function specOf(
	assignment: LinkedAssignment,
	matches: readonly LessonMatch[]
): AssignmentSpec | undefined {
	const lessons = matches.map((match) => match.assigned);
	if (lessons.some((lesson) => lesson === undefined)) return undefined;
	// a lesson named twice (by id and by reference) is not an assignment the app made
	if (new Set(lessons.map((lesson) => lesson?.id)).size < lessons.length) return undefined;
	return { ...assignment, lessons: lessons as AssignedLesson[] };
}

/** A refusal with its reason (the words load only when a link is refused). */
export async function refuse(reason: Refusal, detail?: RefusalDetail): Promise<LinkCheck> {
	return (await import('./link-messages')).refusal(reason, detail);
}

/** What follows the '#' of a fragment (or a whole link), without what copy-paste added. */
export function payloadOf(fragment: string): string {
	// the payload never holds whitespace: drop what copy-paste or a wrapped e-mail line added
	const text = fragment.replace(/\s+/g, '');
	return text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
}

async function decode(fragment: string): Promise<LinkCheck> {
	let payload = payloadOf(fragment);
	if (!payload) return refuse('empty');
	if (payload.length > MAX_PAYLOAD_CHARS) return refuse('not-ours');
	// a link of digits pasted at the end of a sentence may bring the sentence's full stop along
	if (/^\d+[.,;:!?)\]'"]+$/.test(payload)) payload = payload.replace(/\D+$/, '');
	if (payload.includes('.')) return (await import('./link-v1')).decodeV1(payload);

	const format = payload[0]!;
	if (format === '1' && payload.length === 1) return refuse('truncated');
	if (format !== String(LINK_VERSION)) {
		// a newer format is digits too, and far longer than a few characters
		return /^[3-9]\d{7,}$/.test(payload) ? refuse('newer', format) : refuse('not-ours');
	}
	return (await import('./link-v2')).decodeV2(payload);
}

function isIdList(required: LinkedLesson['required']): required is readonly string[] {
	return required !== 'all' && required.every((q) => typeof q === 'string');
}
