import * as z from 'zod/mini';
import {
	submissionWithOptionIds,
	isPositionalChoice,
	type OldChoiceTexts
} from '$lib/legacy/answers';
import {
	readUntrustedFile,
	readUntrustedText,
	refuse,
	type Refusal,
	type UntrustedRead
} from '$lib/files/read-untrusted';
import { sha256Hex } from '$lib/files/sha256';
import type { UntrustedKind } from '$lib/files/untrusted-kind';
import { answerValueSchema, type FileAnswerValue } from './answer-schema';
import { canonicalJson } from '$lib/files/canonical';
import {
	MAX_SUBMISSION_BYTES,
	OLDEST_SUBMISSION_VERSION,
	SUBMISSION_FORMAT,
	SUBMISSION_VERSION,
	type SubmissionFile,
	type SubmittedAnswer,
	type SubmittedLesson
} from '$lib/model';
import { slug } from '$lib/files/slug';
import { m } from '$lib/paraglide/messages';
import { MAX_HANDIN_ANNOTATIONS, submittedAnnotationSchema } from './annotation-schema';

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
export type SubmissionCheck = { ok: true; submission: SubmissionFile } | Refusal;

export const MAX_STUDENT_NAME = 80;
export const MAX_HANDIN_LESSONS = 50;
export const MAX_HANDIN_ANSWERS = 200;
export const MAX_ANSWER_TEXT = 50_000;

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

const lessonOf = (positional: boolean, annotated: boolean) =>
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
				.check(z.maxLength(MAX_HANDIN_ANSWERS, `at most ${MAX_HANDIN_ANSWERS} answers`)),
			// from version 4 on, always there (empty when none); before, never
			annotations: annotated
				? z
						.array(submittedAnnotationSchema, { error: 'a list of highlights and notes' })
						.check(
							z.maxLength(
								MAX_HANDIN_ANNOTATIONS,
								`at most ${MAX_HANDIN_ANNOTATIONS} highlights and notes`
							)
						)
				: z.optional(z.undefined({ error: 'no highlights in a hand-in before version 4' }))
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
			.array(lessonOf(version < 2, version >= 4), { error: 'a list of lessons' })
			.check(z.maxLength(MAX_HANDIN_LESSONS, `at most ${MAX_HANDIN_LESSONS} lessons`)),
		checksum: z
			.string({ error: 'a checksum' })
			.check(z.regex(/^[0-9a-f]{64}$/, 'a checksum of 64 lowercase hex digits'))
	});

/**
 * A hand-in as the teacher's device keeps it (version 2 to 4, see SubmissionFile), for backups:
 * checked field by field; its checksum is not checked again (a version 1 file was kept in the
 * version 2 shape, with its own checksum).
 */
export const storedSubmissionSchema = () =>
	z.discriminatedUnion(
		'version',
		[submissionSchemaOf(2), submissionSchemaOf(3), submissionSchemaOf(SUBMISSION_VERSION)],
		{ error: `a hand-in of version 2 to ${SUBMISSION_VERSION}` }
	) as unknown as z.ZodMiniType<SubmissionFile>;

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

/** How a hand-in is read and its refusals worded. */
const HAND_IN: UntrustedKind<HandInFile> = {
	file: 'handin',
	format: SUBMISSION_FORMAT,
	oldest: OLDEST_SUBMISSION_VERSION,
	newest: SUBMISSION_VERSION,
	maxBytes: MAX_SUBMISSION_BYTES,
	// a hand-in is about six levels deep
	maxDepth: 32,
	schemaOf: (version) => submissionSchemaOf(version) as unknown as z.ZodMiniType<HandInFile>,
	otherFormats: {
		get 'parallax-backup'() {
			return m.files_handin_is_backup();
		},
		get 'parallax-assignment'() {
			return m.files_handin_is_assignment();
		}
	}
};

/**
 * Checks a hand-in's text, from its size to its checksum. Never throws. A version 1 file comes
 * back in the current shape: its choices resolved with `oldChoices`, or marked as answers to an
 * earlier version where this device does not know the lesson version it was made against.
 */
export async function parseSubmission(
	text: string,
	options: ReadOptions = {}
): Promise<SubmissionCheck> {
	return verified(readUntrustedText(text, HAND_IN), options);
}

/** Reads and checks a chosen file; an oversized one is refused before it is read at all. */
export async function readSubmissionFile(
	file: Blob,
	options: ReadOptions = {}
): Promise<SubmissionCheck> {
	return verified(await readUntrustedFile(file, HAND_IN), options);
}

async function verified(
	read: UntrustedRead<HandInFile>,
	options: ReadOptions
): Promise<SubmissionCheck> {
	if (!read.ok) return read;
	try {
		// the checksum covers the file as written, including any field this app does not know
		const { checksum, ...covered } = read.json as Record<string, unknown>;
		if ((await sha256Hex(canonicalJson(covered))) !== checksum) {
			return refuse(m.files_handin_changed());
		}
		return { ok: true, submission: await withOptionIds(read.value, options.oldChoices) };
	} catch {
		return refuse(m.files_unchecked());
	}
}

/** A hand-in of any version this app reads, as its schema gives it. */
type HandInFile = Omit<SubmissionFile, 'version' | 'lessons'> & {
	version: number;
	lessons: (Omit<SubmittedLesson, 'answers'> & {
		answers: (Omit<SubmittedAnswer, 'value'> & { value: FileAnswerValue })[];
	})[];
};

/** A hand-in of any version this app reads, in the current shape (see parseSubmission). */
async function withOptionIds(
	file: HandInFile,
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
