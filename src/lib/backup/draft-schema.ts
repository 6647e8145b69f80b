// A lesson draft as a backup carries it: every field the editor reads, of the type it expects.
import * as z from 'zod/mini';
import { questionKinds, sourceKinds } from '$lib/content/schema/kinds';
import type { LessonDraft } from '$lib/model';

const id = z.string({ error: 'a non-empty id' }).check(z.minLength(1, 'a non-empty id'));
const text = z.string({ error: 'text' });
const texts = z.array(text, { error: 'a list of texts' });
const extra = z.optional(z.record(z.string(), z.unknown(), { error: 'an object' }));

const source = z.object(
	{
		id,
		title: text,
		outlet: text,
		authors: text,
		date: text,
		kind: z.enum(
			sourceKinds.filter((kind) => kind !== 'reader-comments'),
			{ error: 'a kind of source' }
		),
		perspective: text,
		original: text,
		body: z.optional(text),
		raw: z.optional(text),
		thread: z.optional(z.boolean({ error: 'true or false' })),
		seed: z.optional(text),
		extra
	},
	{ error: 'a source of a draft' }
);

const cell = z.union(
	[z.object({ quote: text }), z.object({ notAddressed: z.literal(true), note: text })],
	{ error: 'a quote, or a note that the source does not address the point' }
);

const question = z.object(
	{
		id,
		kind: z.enum(questionKinds, { error: 'a kind of question' }),
		prompt: text,
		hints: text,
		modelAnswer: text,
		choices: texts,
		correct: z.int({ error: 'a whole number' }),
		explanation: text,
		source: text,
		quotes: texts,
		compare: texts,
		extra
	},
	{ error: 'a question of a draft' }
);

export const draftSchema = z.object(
	{
		id,
		lessonId: text,
		title: text,
		madeBy: z.optional(text),
		summary: text,
		topic: text,
		contentNote: text,
		balanceNote: text,
		teacherGuide: text,
		sources: z.array(source, { error: 'a list of sources' }),
		claims: z.array(
			z.object(
				{ id, point: text, cells: z.record(z.string(), cell, { error: 'an object' }) },
				{ error: 'a point of the claims table' }
			),
			{ error: 'a list of points' }
		),
		questions: z.array(question, { error: 'a list of questions' }),
		glossary: z.array(
			z.object(
				{ id, term: text, definition: text, entry: extra },
				{ error: 'a glossary term of a draft' }
			),
			{ error: 'a list of glossary terms' }
		),
		adaptedFrom: z.optional(text),
		timeline: z.optional(z.object({ ids: texts, yaml: text }, { error: 'timeline events' })),
		updatedAt: z.number({ error: 'a number' })
	},
	{ error: 'a lesson draft' }
) as unknown as z.ZodMiniType<LessonDraft>;
