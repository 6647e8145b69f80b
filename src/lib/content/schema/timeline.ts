import * as z from 'zod/mini';
import { slug, text } from './common';
import { glossaryName } from './glossary';

/** One dated event of content/timeline.yml: uncontested, phrased without taking a side. */
export const timelineEntry = z.strictObject({
	id: slug,
	date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')),
	text: text,
	// what each side calls the event where their names differ
	names: z.optional(z.array(glossaryName))
});

export const timelineFile = z.array(timelineEntry);

export type TimelineEntry = z.infer<typeof timelineEntry>;
