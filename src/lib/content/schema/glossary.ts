import * as z from 'zod/mini';
import { nativeLangs, nativeScriptProblem } from '../native-script';
import { slug, text } from './common';

/** A name in its own language and script, so a screen reader reads it in the right voice. */
export const nativeName = z
	.strictObject({ text: text, lang: z.enum(nativeLangs) })
	.check(
		z.superRefine((value, ctx) => {
			const problem = nativeScriptProblem(value.text, value.lang);
			if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['text'], input: value });
		})
	);

export const glossaryName = z.strictObject({
	name: text,
	// who uses this name, described by provenance ("Armenian official usage")
	usedBy: text,
	// the name as that side writes it (the side's own usage, or Russian for a name from Russian)
	native: z.optional(nativeName)
});

export const glossaryEntry = z.strictObject({
	id: slug,
	term: text,
	definition: text,
	// the names each side uses for the same thing
	names: z.optional(z.array(glossaryName)),
	// where a definition comes from (e.g. the treaty that defines a legal term)
	reference: z.optional(text),
	// words to mark in source text; defaults to the term and its names
	match: z.optional(z.array(text))
});

export const glossaryFile = z.array(glossaryEntry);

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export type GlossaryName = z.infer<typeof glossaryName>;
