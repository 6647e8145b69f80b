// A lesson as one file (`<id>.parallax-lesson`): the lesson and its sources as authored, with the
// originals their text was taken from, so the device that opens it runs the same checks the
// content build runs. Documented in docs/LESSON-FILE.md.
import * as z from 'zod/mini';

export const LESSON_FILE_FORMAT = 'parallax-lesson';
// 2 added `madeBy`; a file of format 1 is read as it always was
export const LESSON_FILE_VERSION = 2;
export const OLDEST_LESSON_FILE_VERSION = 1;
export const LESSON_FILE_EXTENSION = '.parallax-lesson';
// the real lessons are 40–120 KB with their originals; room for long articles, not for abuse
export const MAX_LESSON_FILE_BYTES = 5 * 1024 * 1024;

/** A named text file inside a lesson file. */
export type LessonFileText = { name: string; text: string };

export type LessonFileContent = {
	/** the lesson, as `content/lessons/<id>.md`: YAML front matter and markdown */
	lesson: string;
	/** each source it shows, as `content/sources/<id>.md`; `name` is the source id */
	sources: LessonFileText[];
	/** the originals the sources name in `seed:`; `name` is that file name */
	originals: LessonFileText[];
	/** the glossary entries it may use, as `content/glossary.yml` */
	glossary?: string;
	/** the context timeline, as `content/timeline.yml`, when the lesson names its events */
	timeline?: string;
};

export type LessonFile = {
	format: typeof LESSON_FILE_FORMAT;
	version: 1 | 2;
	/** the lesson's id and title, to name it before it is checked */
	id: string;
	title: string;
	/** the app version that wrote it, and when */
	app: string;
	exportedAt: string;
	/** who made the lesson, as they named themselves (format 2); absent for the library's */
	madeBy?: string;
	content: LessonFileContent;
	/** SHA-256 (hex) of the canonical JSON of everything else: a changed byte is found */
	checksum: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (what: string, max: number) =>
	z
		.string({ error: what })
		.check(z.maxLength(max, `${what} of at most ${max.toLocaleString('en')} characters`));
const named = (what: string) =>
	z.object({
		name: z.string({ error: `a ${what} name` }).check(z.minLength(1, `a ${what} name`)),
		text: text(`the ${what}'s text`, 2_000_000)
	});

export const lessonFileSchema = z.object({
	format: z.literal(LESSON_FILE_FORMAT),
	version: z.union([z.literal(1), z.literal(2)]),
	id: z
		.string({ error: 'a lesson id' })
		.check(z.regex(SLUG, 'a lesson id in lowercase letters, digits and hyphens')),
	title: text('a title', 300),
	app: text('an app version', 40),
	exportedAt: text('a date and time', 40),
	madeBy: z.optional(text('who made the lesson', 120)),
	content: z.object({
		lesson: text('the lesson text', 500_000),
		sources: z
			.array(named('source'), { error: 'a list of sources' })
			.check(z.minLength(1, 'at least one source'), z.maxLength(40, 'at most 40 sources')),
		originals: z
			.array(named('original'), { error: 'a list of originals' })
			.check(z.maxLength(40, 'at most 40 originals')),
		glossary: z.optional(text('the glossary', 500_000)),
		timeline: z.optional(text('the timeline', 500_000))
	}),
	checksum: z
		.string({ error: 'a checksum' })
		.check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 checksum of 64 hexadecimal digits'))
}) as unknown as z.ZodMiniType<LessonFile>;
