import * as z from 'zod/mini';
import {
	submissionWithOptionIds,
	isPositionalChoice,
	type OldChoiceTexts
} from '$lib/legacy/answers';
import { describeIssueList } from '$lib/files/issue-path';
import { answerValueSchema, type FileAnswerValue } from './answer-schema';
import { canonicalJson, sha256Hex } from './canonical';
import {
	MAX_SUBMISSION_BYTES,
	OLDEST_SUBMISSION_VERSION,
	SUBMISSION_FORMAT,
	SUBMISSION_VERSION,
	type SubmissionFile,
	type SubmittedAnswer,
	type SubmittedLesson
} from '$lib/model';

/**
 * The option texts of the lesson version a hand-in of version 1 was made against (its pack hash),
 * from this device; undefined when this device never had that version. Version 1 recorded a
 * choice as the option's position, which only those texts turn into option ids.
 */
export type OldChoicesSource = (
	lessonId: string,
	hash: string
) => OldChoiceTexts | undefined | Promise<OldChoiceTexts | undefined>;

export type ReadOptions = { oldChoices?: OldChoicesSource };

/** A hand-in file's verdict: the submission it holds, or why it is refused, in a teacher's words. */
export type SubmissionCheck =
	{ ok: true; submission: SubmissionFile } | { ok: false; reason: string };

export const MAX_STUDENT_NAME = 80;
export const MAX_HANDIN_LESSONS = 50;
export const MAX_HANDIN_ANSWERS = 200;
export const MAX_ANSWER_TEXT = 50_000;
// a hand-in is about six levels deep; the cap keeps a hostile file from blowing the stack
const MAX_DEPTH = 32;
// enough to find and fix the problems without burying the message
const PROBLEMS_SHOWN = 3;
const SLUG_LENGTH = 40;

const id = z
	.string({ error: 'a non-empty id' })
	.check(z.minLength(1, 'a non-empty id'), z.maxLength(80, 'an id of at most 80 characters'));
const count = z.int({ error: 'a whole number' }).check(z.gte(0, 'a whole number of 0 or more'));
function boundedText(min: number, max: number, what: string) {
	const expected =
		min > 0 ? `${what} of ${min} to ${max} characters` : `${what} of at most ${max} characters`;
	return z.string({ error: what }).check(z.minLength(min, expected), z.maxLength(max, expected));
}

const answerOf = (positional: boolean) =>
	z.object(
		{
			questionId: id,
			value: positional
				? answerValueSchema(MAX_ANSWER_TEXT, { positional })
				: answerValueSchema(MAX_ANSWER_TEXT),
			updatedAt: z.number({ error: 'a number' }),
			status: z.enum(['unanswered', 'partial', 'answered', 'correct', 'incorrect'], {
				error: 'one of "unanswered", "partial", "answered", "correct", "incorrect"'
			}),
			firstTryCorrect: z.optional(z.boolean({ error: 'true or false' }))
		},
		{ error: 'an answer' }
	);

const lessonOf = (positional: boolean) =>
	z.object(
		{
			id,
			// the full pack hash, or '' when the lesson was never downloaded
			hash: z
				.string({ error: 'a pack hash' })
				.check(z.regex(/^(?:[0-9a-f]{12,64})?$/, 'a pack hash of lowercase hex digits, or ""')),
			title: boundedText(0, 500, 'text'),
			score: z.object(
				{
					questions: count,
					answered: count,
					autoChecked: count,
					correctFirstTry: count,
					correctNow: count
				},
				{ error: 'a score' }
			),
			answers: z
				.array(answerOf(positional), { error: 'a list of answers' })
				.check(z.maxLength(MAX_HANDIN_ANSWERS, `at most ${MAX_HANDIN_ANSWERS} answers`))
		},
		{ error: 'a lesson' }
	);

const submissionSchemaOf = (version: number) =>
	z.object({
		format: z.literal(SUBMISSION_FORMAT),
		version: z.literal(version),
		app: boundedText(1, 40, 'an app version'),
		assignment: z.object(
			{
				id: z
					.string({ error: 'an assignment id' })
					.check(
						z.regex(/^[a-z0-9-]{1,40}$/, 'an assignment id of lowercase letters, digits and "-"')
					),
				version: z.int({ error: 'a whole number' }).check(z.gte(1, 'a whole number of 1 or more')),
				title: boundedText(0, 200, 'a title')
			},
			{ error: 'an assignment' }
		),
		student: z.object(
			{ name: boundedText(1, MAX_STUDENT_NAME, 'a name'), profileId: id },
			{ error: 'a student' }
		),
		handedInAt: z.iso.datetime({
			offset: true,
			error: 'a date and time like "2024-09-30T14:05:00.000Z"'
		}),
		lessons: z
			.array(lessonOf(version < 2), { error: 'a list of lessons' })
			.check(z.maxLength(MAX_HANDIN_LESSONS, `at most ${MAX_HANDIN_LESSONS} lessons`)),
		checksum: z
			.string({ error: 'a checksum' })
			.check(z.regex(/^[0-9a-f]{64}$/, 'a checksum of 64 lowercase hex digits'))
	});

/**
 * A hand-in as the teacher's device keeps it (version 2 or 3, see SubmissionFile), for backups:
 * checked field by field; its checksum is not checked again (a version 1 file was kept in the
 * version 2 shape, with its own checksum).
 */
export const storedSubmissionSchema = () =>
	z.discriminatedUnion('version', [submissionSchemaOf(2), submissionSchemaOf(SUBMISSION_VERSION)], {
		error: `a hand-in of version 2 or ${SUBMISSION_VERSION}`
	}) as unknown as z.ZodMiniType<SubmissionFile>;

/** Adds the checksum: SHA-256 over the canonical JSON of everything else. */
export async function sealSubmission(
	unsealed: Omit<SubmissionFile, 'checksum'>
): Promise<SubmissionFile> {
	// a stale checksum passed in by mistake must not be hashed into the new one
	const content: Omit<SubmissionFile, 'checksum'> & { checksum?: string } = { ...unsealed };
	delete content.checksum;
	return { ...content, checksum: await sha256Hex(canonicalJson(content)) };
}

/** `parallax-handin-amira-k-the-lachin-corridor-2024-09-30.json`, dated by the device's calendar. */
export function submissionFileName(
	studentName: string,
	assignmentTitle: string,
	date: Date
): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return `parallax-handin-${slug(studentName, 'student')}-${slug(assignmentTitle, 'assignment')}-${day}.json`;
}

/**
 * Checks a hand-in's text, from its size to its checksum. Never throws. A version 1 file comes
 * back in the current shape: its choices resolved with `oldChoices`, or marked as answers to an
 * earlier version where this device does not know the lesson version it was made against.
 */
export async function parseSubmission(
	text: string,
	options: ReadOptions = {}
): Promise<SubmissionCheck> {
	try {
		return await check(text, options);
	} catch (error) {
		return unexpected(error);
	}
}

/** Reads and checks a chosen file; an oversized one is refused before it is read at all. */
export async function readSubmissionFile(
	file: Blob,
	options: ReadOptions = {}
): Promise<SubmissionCheck> {
	try {
		if (file.size > MAX_SUBMISSION_BYTES) return refuse(tooBig(file.size));
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			// e.g. the file was moved or changed on disk after it was chosen
			return refuse('The file could not be read. Choose it again and retry.');
		}
		if (bytes.length === 0) return refuse(EMPTY);
		if (bytes.includes(0)) return refuse(BINARY);
		const decoder = new TextDecoder('utf-8', { fatal: true });
		let text: string;
		try {
			// streaming holds back a character the file ends inside of, so that is told apart below
			text = decoder.decode(bytes, { stream: true });
		} catch {
			return refuse(BINARY);
		}
		try {
			decoder.decode();
		} catch {
			return refuse(CUT_OFF);
		}
		return await check(text, options);
	} catch (error) {
		return unexpected(error);
	}
}

const EMPTY = 'This file is empty: it holds no hand-in. Ask the student to hand in again.';
const BINARY =
	'This file is not a text file (is it a photo or a document?), so it is not a Parallax hand-in.';
const CUT_OFF =
	'This hand-in is cut off: the file ends too early. Ask the student to hand in again.';

async function check(text: string, options: ReadOptions): Promise<SubmissionCheck> {
	// UTF-8 takes at least one byte per UTF-16 unit, so this never refuses a file that fits
	if (text.length > MAX_SUBMISSION_BYTES) return refuse(tooBig(text.length));
	const content = text.replace(/^\uFEFF/, '');
	if (!content.trim()) return refuse(EMPTY);
	if (content.includes('\0')) return refuse(BINARY);
	const scan = scanJson(content);
	if (scan.depth > MAX_DEPTH) {
		return refuse(
			`This file is too deeply nested (more than ${MAX_DEPTH} levels) to be a Parallax hand-in.`
		);
	}
	let json: unknown;
	try {
		json = JSON.parse(content);
	} catch (error) {
		return refuse(parseFailure(content, error, scan.open));
	}
	const wrongKind = checkFormat(json) ?? checkVersion(json);
	if (wrongKind) return refuse(wrongKind);

	const version = (json as { version: number }).version;
	const result = submissionSchemaOf(version).safeParse(json);
	if (!result.success) return refuse(describeIssues(result.error.issues, json));
	// the checksum covers the file as written, including any field this app does not know
	const { checksum, ...covered } = json as Record<string, unknown>;
	if ((await sha256Hex(canonicalJson(covered))) !== checksum) {
		return refuse(
			'The file was changed or damaged after it was handed in (its checksum does not match). Ask the student to hand in again.'
		);
	}
	const submission = await withOptionIds(result.data, options.oldChoices);
	return { ok: true, submission };
}

/** A hand-in of any version this app reads, in the current shape (see parseSubmission). */
async function withOptionIds(
	file: Omit<SubmissionFile, 'version' | 'lessons'> & {
		version: number;
		lessons: (Omit<SubmittedLesson, 'answers'> & {
			answers: (Omit<SubmittedAnswer, 'value'> & { value: FileAnswerValue })[];
		})[];
	},
	source: OldChoicesSource | undefined
): Promise<SubmissionFile> {
	const texts = new Map<string, OldChoiceTexts | undefined>();
	for (const lesson of file.lessons) {
		if (!lesson.hash || !lesson.answers.some((a) => isPositionalChoice(a.value))) continue;
		texts.set(`${lesson.id}/${lesson.hash}`, await source?.(lesson.id, lesson.hash));
	}
	const converted = submissionWithOptionIds(file, (id, hash) => texts.get(`${id}/${hash}`));
	// version 1 reads into the version 2 shape; a version 2 file stays 2, which tells the teacher's
	// import that its profileId is not an identifier (every fresh tablet's was "device")
	return { ...converted, version: Math.max(2, file.version) } as SubmissionFile;
}

function refuse(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}

function unexpected(error: unknown): { ok: false; reason: string } {
	const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
	return refuse(
		`The file could not be checked${detail}. Try again, or ask for it to be handed in again.`
	);
}

function tooBig(bytes: number): string {
	return `This file is ${megabytes(bytes)} MB; a hand-in is never over ${megabytes(MAX_SUBMISSION_BYTES)} MB — this is not a hand-in file.`;
}

// the deepest nesting, and whether a string, object or list is still open at the end
function scanJson(text: string): { depth: number; open: boolean } {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	let escaped = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (escaped) escaped = false;
		else if (inString) {
			if (char === '\\') escaped = true;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
		else if (char === '}' || char === ']') depth--;
	}
	return { depth: deepest, open: inString || depth > 0 };
}

function parseFailure(text: string, error: unknown, open: boolean): string {
	const position = errorPosition(error);
	// a cut-off file fails where it stops, with something still open; a mangled one fails inside
	const nearEnd = position === undefined || position >= text.trimEnd().length - 8;
	if (open && nearEnd) return CUT_OFF;
	const where = position === undefined ? '' : ` at position ${position}`;
	return `This file is damaged: it is not valid JSON${where}, so it is not a hand-in that can be read. Ask the student to hand in again.`;
}

// engines word parse errors differently; V8 names a position, others may not
function errorPosition(error: unknown): number | undefined {
	const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
	return match ? Number(match[1]) : undefined;
}

function checkFormat(data: unknown): string | undefined {
	if (!isObject(data)) {
		return `This file is not a Parallax hand-in: it holds ${describeValue(data)}, not a hand-in.`;
	}
	const { format } = data;
	if (format === SUBMISSION_FORMAT) return undefined;
	if (format === 'parallax-backup') {
		return 'This is a Parallax backup, not a hand-in: import it in Settings → Backup.';
	}
	if (typeof format === 'string' && format.startsWith('parallax-')) {
		return `This is a different kind of Parallax file ("${describeText(format)}"), not a hand-in.`;
	}
	return 'This file is not a Parallax hand-in: it does not say it is one.';
}

function checkVersion(data: unknown): string | undefined {
	const version = isObject(data) ? data.version : undefined;
	if (
		typeof version === 'number' &&
		Number.isInteger(version) &&
		version >= OLDEST_SUBMISSION_VERSION &&
		version <= SUBMISSION_VERSION
	) {
		return undefined;
	}
	if (typeof version === 'number' && Number.isInteger(version) && version > SUBMISSION_VERSION) {
		return `This hand-in was made with a newer version of Parallax (hand-in version ${version}); this app reads version ${SUBMISSION_VERSION}. Update the app, then open it again.`;
	}
	if (version === undefined) {
		return 'This hand-in does not say which version it is, so it cannot be read safely. The file may be damaged.';
	}
	return `This hand-in has an invalid version (${describeValue(version)}); this app reads version ${SUBMISSION_VERSION}. The file may be damaged.`;
}

function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
	const list = describeIssueList(issues, data, {
		shown: PROBLEMS_SHOWN,
		whole: 'the hand-in',
		describeValue
	});
	return `This file looks like a Parallax hand-in, but some of its data is wrong: ${list}.`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'none';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(describeText(value));
	return String(value);
}

function describeText(text: string): string {
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// letters a teacher's file manager shows plainly: accents dropped, other scripts fall back
function slug(text: string, fallback: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[əæœßøłđðþıħ]/g, (char) => TRANSLITERATIONS[char] ?? '');
	const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return words.slice(0, SLUG_LENGTH).replace(/-+$/, '') || fallback;
}

// Latin letters that NFKD does not split into a base letter and an accent (ə is Azerbaijani)
const TRANSLITERATIONS: Record<string, string> = {
	ə: 'e',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h'
};

// rounded up, so a file just over the limit never reads as "5 MB; never over 5 MB"
function megabytes(bytes: number): string {
	const tenths = Math.ceil((bytes / (1024 * 1024)) * 10 - 1e-9);
	return (tenths / 10).toFixed(1).replace(/\.0$/, '');
}
