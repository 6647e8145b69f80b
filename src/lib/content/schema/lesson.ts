import * as z from 'zod/mini';
import { slug, text } from './common';


/** An exact passage in one source; the build checks it is there and links it to its paragraph. */
export const passageRef = z.strictObject({ source: slug, quote: text });

const questionBase = {
	id: slug,
	prompt: text,
	// the source whose own text asks this question (it must be one of that source's questions)
	fromArticle: z.optional(slug),
	// the passage "Show me where" jumps to
	passage: z.optional(passageRef),
	// what the question cannot do without: hiding the reader comments hides a question that needs
	// them (a question that points at a comment thread needs it without saying so); `[]` records
	// that a question whose words mention comments can be answered without them
	needs: z.optional(z.array(z.literal('comments')))
};

export const discussionQuestion = z.strictObject({
	...questionBase,
	kind: z.literal('discussion'),
	hints: z.optional(z.array(text))
});

export const shortAnswerQuestion = z.strictObject({
	...questionBase,
	kind: z.literal('short-answer'),
	modelAnswer: text
});

export const multipleChoiceQuestion = z.strictObject({
	...questionBase,
	kind: z.literal('multiple-choice'),
	// shown in an order shuffled per profile; an answer records the option's id, not its place
	choices: z.array(text).check(z.minLength(2, 'at least two choices')),
	// the correct choice, written exactly as in `choices`
	answer: text,
	explanation: text
});

export const evidenceQuestion = z.strictObject({
	...questionBase,
	kind: z.literal('evidence'),
	// the source whose paragraphs the student chooses from
	source: slug,
	// a quote inside each paragraph (or comment) that supports the statement: one, or a list when
	// several paragraphs do
	answer: z.union([text, z.array(text).check(z.minLength(1, 'at least one quote'))]),
	explanation: text
});

export const compareQuestion = z.strictObject({
	...questionBase,
	kind: z.literal('compare'),
	// which perspectives get an answer box; defaults to all of the lesson's
	sources: z.optional(z.array(slug).check(z.minLength(2, 'at least two sources')))
});

export const question = z.discriminatedUnion('kind', [
	discussionQuestion,
	shortAnswerQuestion,
	multipleChoiceQuestion,
	evidenceQuestion,
	compareQuestion
]);

/** One cell of a claims row: a quote from the source, or an explicit "not addressed". */
export const claimCell = z.union([
	z.strictObject({ quote: text }),
	z.strictObject({ notAddressed: z.literal(true), note: z.optional(text) })
]);

export const claim = z.strictObject({
	id: slug,
	// the point the accounts speak to, asked neutrally ("How many civilians died?")
	point: text,
	cells: z.record(slug, claimCell)
});

export const lessonFrontMatter = z.strictObject({
	title: text,
	summary: text,
	topic: text,
	contentNote: text,
	// for students: which perspectives the library has for these events and which it lacks
	balanceNote: text,
	perspectives: z.array(slug).check(z.minLength(2, 'at least two sources')),
	claims: z.array(claim),
	questions: z.array(question),
	glossary: z.optional(z.array(slug)),
	// ids from content/timeline.yml: the dated context events this lesson shows
	timeline: z.optional(z.array(slug))
});

export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>;
export type QuestionInput = z.infer<typeof question>;
