// A highlight or note as a hand-in (and, with its profile and lesson, a backup) carries it.
import * as z from 'zod/mini';
import { annotationKinds, type Annotation, type SubmittedAnnotation } from '$lib/model';

const id = z.string({ error: 'a non-empty id' }).check(z.minLength(1, 'a non-empty id'));
const text = (what: string, max: number) =>
	z
		.string({ error: what })
		.check(z.maxLength(max, `${what} of at most ${max.toLocaleString('en')} characters`));
const whole = z.int({ error: 'a whole number' }).check(z.gte(0, 'a whole number from 0'));

// at most this many per lesson in a hand-in: far above a close reading, far below a wrong file
export const MAX_HANDIN_ANNOTATIONS = 500;

const fields = {
	id,
	sourceId: id,
	paragraphId: id,
	exact: text('the marked words', 5_000).check(z.minLength(1, 'the marked words')),
	prefix: text('the words before', 64),
	suffix: text('the words after', 64),
	start: whole,
	kind: z.enum(annotationKinds, { error: 'evidence, loaded-word, question or note' }),
	note: text('a note', 10_000),
	createdAt: z.number({ error: 'a number' }),
	updatedAt: z.number({ error: 'a number' })
};

/** In a hand-in: under its lesson, the student named by the file. */
export const submittedAnnotationSchema = z.object(fields, {
	error: 'a highlight or note'
}) as unknown as z.ZodMiniType<SubmittedAnnotation>;

/** In a backup: with its profile and lesson. */
export const annotationSchema = z.object(
	{ ...fields, profileId: id, lessonId: id },
	{ error: 'a highlight or note' }
) as unknown as z.ZodMiniType<Annotation>;
