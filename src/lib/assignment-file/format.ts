// An assignment as one file (`<title>.parallax-assignment`): the assignment's link and the lessons
// from lesson files it includes, which a link or a QR code cannot carry. See docs/LESSON-FILE.md.
import * as z from 'zod/mini';
import { lessonFileSchema, type LessonFile } from '$lib/lesson-file/format';
import { ASSIGNMENT_FILE_FORMAT, ASSIGNMENT_FILE_VERSION } from './names';

export type AssignmentFile = {
	format: typeof ASSIGNMENT_FILE_FORMAT;
	version: typeof ASSIGNMENT_FILE_VERSION;
	/** the assignment's title, to name it before it is checked */
	title: string;
	app: string;
	exportedAt: string;
	/** the assignment link without its origin (`/a#2…`): the assignment, as the link carries it */
	link: string;
	/** the lessons it includes that are not the library's, as their lesson files */
	lessons: LessonFile[];
	/** SHA-256 (hex) of the canonical JSON of everything else */
	checksum: string;
};

const text = (what: string, max: number) =>
	z
		.string({ error: what })
		.check(z.maxLength(max, `${what} of at most ${max.toLocaleString('en')} characters`));

export const assignmentFileSchema = z.object({
	format: z.literal(ASSIGNMENT_FILE_FORMAT),
	version: z.literal(ASSIGNMENT_FILE_VERSION),
	title: text('a title', 300),
	app: text('an app version', 40),
	exportedAt: text('a date and time', 40),
	link: text('an assignment link', 8_000).check(
		z.regex(/^\/(a|assignment)#/, 'an assignment link starting "/a#" or "/assignment#"')
	),
	lessons: z
		.array(lessonFileSchema, { error: 'a list of lesson files' })
		.check(z.maxLength(20, 'at most 20 lessons')),
	checksum: z
		.string({ error: 'a checksum' })
		.check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 checksum of 64 hexadecimal digits'))
}) as unknown as z.ZodMiniType<AssignmentFile>;
