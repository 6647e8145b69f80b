import * as z from 'zod/mini';
import type { AnswerValue } from '$lib/db/types';

// one answer as backup and hand-in files hold it (hand-ins cap how much text an answer holds);
// each schema names what it expects: zod/mini ships no messages of its own
const id = z.string({ error: 'a non-empty id' }).check(z.minLength(1, 'a non-empty id'));
const count = (min: number) =>
	z.int({ error: 'a whole number' }).check(z.gte(min, `a whole number of ${min} or more`));

/** What a student gave for one question, as a file holds it; `maxText` caps each text. */
export function answerValueSchema(maxText = Infinity): z.ZodMiniType<AnswerValue> {
	const text = Number.isFinite(maxText)
		? z
				.string({ error: 'text' })
				.check(z.maxLength(maxText, `text of at most ${maxText} characters`))
		: z.string({ error: 'text' });
	return z.discriminatedUnion(
		'kind',
		[
			z.object({ kind: z.literal('text'), text }),
			z.object({
				kind: z.literal('choice'),
				choice: count(0),
				firstChoice: count(0),
				attempts: count(1)
			}),
			z.object({ kind: z.literal('evidence'), blockId: id, firstBlockId: id, attempts: count(1) }),
			z.object({
				kind: z.literal('compare'),
				texts: z.record(z.string(), text, { error: 'an object of texts' })
			})
		],
		{ error: 'an answer of kind "text", "choice", "evidence" or "compare"' }
	);
}
