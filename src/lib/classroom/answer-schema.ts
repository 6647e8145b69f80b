import * as z from 'zod/mini';
import type { AnswerValue } from '$lib/db/types';
import type { PositionalChoice } from '$lib/legacy/answers';

// one answer as backup and hand-in files hold it (hand-ins cap how much text an answer holds);
// each schema names what it expects: zod/mini ships no messages of its own
const id = z.string({ error: 'a non-empty id' }).check(z.minLength(1, 'a non-empty id'));
const optionId = z
	.string({ error: 'an option id' })
	.check(z.minLength(1, 'an option id'), z.maxLength(80, 'an option id of at most 80 characters'));
const count = (min: number) =>
	z.int({ error: 'a whole number' }).check(z.gte(min, `a whole number of ${min} or more`));

/** An answer as a file of the first version held it: a choice was the option's position. */
export type FileAnswerValue = AnswerValue | PositionalChoice;

/**
 * What a student gave for one question, as a file holds it; `maxText` caps each text. Files
 * from version 2 on record a choice as option ids; `positional` reads version 1, where a choice
 * was the option's position (the caller turns those into ids, see legacy/answers.ts).
 */
export function answerValueSchema(maxText?: number): z.ZodMiniType<AnswerValue>;
export function answerValueSchema(
	maxText: number | undefined,
	options: { positional: true }
): z.ZodMiniType<FileAnswerValue>;
export function answerValueSchema(
	maxText = Infinity,
	{ positional = false }: { positional?: boolean } = {}
): z.ZodMiniType<FileAnswerValue> {
	const text = Number.isFinite(maxText)
		? z
				.string({ error: 'text' })
				.check(z.maxLength(maxText, `text of at most ${maxText} characters`))
		: z.string({ error: 'text' });
	const choice = positional ? count(0) : optionId;
	return z.discriminatedUnion(
		'kind',
		[
			z.object({ kind: z.literal('text'), text }),
			z.object({
				kind: z.literal('choice'),
				choice,
				firstChoice: choice,
				attempts: count(1)
			}),
			z.object({ kind: z.literal('evidence'), blockId: id, firstBlockId: id, attempts: count(1) }),
			z.object({
				kind: z.literal('compare'),
				texts: z.record(z.string(), text, { error: 'an object of texts' })
			})
		],
		{ error: 'an answer of kind "text", "choice", "evidence" or "compare"' }
	) as z.ZodMiniType<FileAnswerValue>;
}
