import * as z from 'zod/mini';
import { slug, text } from './common';
import { sourceKinds } from './kinds';


export const author = z.strictObject({
	name: text,
	// the author's background exactly as the text states it, if it does
	bio: z.optional(text)
});

/** A date as precise as the text allows, with the reasoning when it is inferred. */
export const sourceDate = z.strictObject({
	value: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')),
	approximate: z.optional(z.boolean()),
	reason: z.optional(text)
});

/** One reader comment with its replies, kept as the thread showed it. */
export type CommentInput = {
	author?: string;
	date?: string;
	text: string;
	replies?: CommentInput[];
};

export const comment: z.ZodMiniType<CommentInput> = z.strictObject({
	// many threads show no names; when one is given it must be in the seed
	author: z.optional(text),
	date: z.optional(text),
	// the comment's words, verbatim from the seed; blank lines separate paragraphs
	text: text,
	get replies() {
		return z.optional(z.array(comment));
	}
});

export const sourceFrontMatter = z.strictObject({
	title: text,
	// null when the text does not name where it was published
	outlet: z.nullable(text),
	authors: z.array(author),
	date: sourceDate,
	kind: z.enum(sourceKinds),
	// provenance only: who wrote it and from where, never a verdict on truth
	perspective: text,
	seed: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'a file name in seeds/, like "000_abc.txt"')),
	// for a reader-comments source: the article the comments were posted under
	commentsOn: z.optional(slug),
	// questions the article itself asks its readers, verbatim
	questions: z.optional(z.array(text)),
	comments: z.optional(z.array(comment))
});

export type SourceFrontMatter = z.infer<typeof sourceFrontMatter>;
