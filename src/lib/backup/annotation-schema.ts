// A highlight or note as a backup or a hand-in carries it: every field the reader reads.
import * as z from 'zod/mini';
import { annotationKinds, type Annotation } from '$lib/model';

const id = z.string({ error: 'a non-empty id' }).check(z.minLength(1, 'a non-empty id'));
const text = (what: string, max: number) =>
	z
		.string({ error: what })
		.check(z.maxLength(max, `${what} of at most ${max.toLocaleString('en')} characters`));
const whole = z.int({ error: 'a whole number' }).check(z.gte(0, 'a whole number from 0'));

export const annotationSchema = z.object(
	{
		id,
		profileId: id,
		lessonId: id,
		sourceId: id,
		paragraphId: id,
		exact: text('the marked words', 5_000).check(z.minLength(1, 'the marked words')),
		prefix: text('the words before', 64),
		suffix: text('the words after', 64),
		start: whole,
		kind: z.enum(annotationKinds, { error: 'evidence, loaded-word or question' }),
		note: text('a note', 10_000),
		createdAt: z.number({ error: 'a number' }),
		updatedAt: z.number({ error: 'a number' })
	},
	{ error: 'a highlight or note' }
) as unknown as z.ZodMiniType<Annotation>;
