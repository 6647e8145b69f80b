import * as z from 'zod/mini';
import { slug, text } from './common';

export const glossaryName = z.strictObject({
	name: text,
	// who uses this name, described by provenance ("Armenian official usage")
	usedBy: text
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
