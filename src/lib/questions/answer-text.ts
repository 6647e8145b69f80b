// A student's answer as plain text: a review card, a gradebook cell, the student's own printout. Pure.
import type { CompiledQuestion } from '$lib/content/model';
import type { AnswerValue } from '$lib/model';
import { answersCurrentOptions } from './grading';

/** The text of a paragraph of a source, when the caller has the source; undefined otherwise. */
export type ParagraphLookup = (sourceId: string, blockId: string) => string | undefined;

const QUOTE_LENGTH = 120;

/** The few words an answer's text needs around the student's and the lesson's own. */
export interface AnswerWords {
	earlierVersion: string;
	unknownOption: string;
	lessonMissing: string;
	paragraph: (id: string) => string;
	firstTry: (answer: string, first: string) => string;
	quote: (text: string) => string;
	/** Accepted answers: "A or B". */
	either: (answers: string[]) => string;
}

/** English, as the gradebook CSV keeps it whatever the interface's language. */
export const ENGLISH_ANSWER_WORDS: AnswerWords = {
	earlierVersion:
		'an option of an earlier version of this question (its choices were rewritten since)',
	unknownOption: 'an option this question does not have',
	lessonMissing: 'an option (the lesson is not here)',
	paragraph: (id) => `paragraph ${id}`,
	firstTry: (answer, first) => `${answer} (first try: ${first})`,
	quote: (text) => `“${text}”`,
	either: (answers) => answers.join(' or ')
};

/** Cuts text to about `max` characters at a word boundary, with an ellipsis; spaces collapsed. */
export function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/gu, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	const space = cut.lastIndexOf(' ');
	// a very long first word is cut mid-word rather than dropped
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

const hasText = (text: string | undefined): text is string => (text ?? '').trim().length > 0;

/** What a choice answer to options that are no longer the question's reads as. */
export const EARLIER_VERSION = ENGLISH_ANSWER_WORDS.earlierVersion;

function choiceText(
	question: CompiledQuestion | undefined,
	choice: string,
	words: AnswerWords
): string {
	const option =
		question?.kind === 'multiple-choice'
			? question.choices.find((o) => o.id === choice)
			: undefined;
	if (option) return option.text;
	return question ? words.unknownOption : words.lessonMissing;
}

function paragraphText(
	question: CompiledQuestion | undefined,
	blockId: string,
	lookup: ParagraphLookup | undefined,
	words: AnswerWords,
	quoteLength = QUOTE_LENGTH
): string {
	if (question?.kind === 'evidence') {
		const accepted = question.answers.indexOf(blockId);
		const text =
			lookup?.(question.source, blockId) ??
			// the right paragraphs' words travel with the question itself
			(accepted >= 0 ? question.answerQuotes[accepted] : undefined);
		if (hasText(text)) return words.quote(shorten(text, quoteLength));
	}
	return words.paragraph(blockId);
}

/**
 * Plain text for what a student gave: text answers as written, the chosen option's text, the
 * chosen paragraph (quoted when `lookup` or the question has its words), one line per account for
 * a comparison. '' when there is no answer.
 */
export function describeAnswer(
	question: CompiledQuestion | undefined,
	value: AnswerValue | undefined,
	lookup?: ParagraphLookup,
	// account id → its name; an account this device does not know keeps its id
	accountNames: Readonly<Record<string, string>> = {},
	// a quoted paragraph is cut to about this many characters (the whole of it on a printout)
	quoteLength = QUOTE_LENGTH,
	words: AnswerWords = ENGLISH_ANSWER_WORDS
): string {
	if (!value) return '';
	switch (value.kind) {
		case 'text':
			return hasText(value.text) ? value.text : '';
		case 'choice': {
			// options since rewritten: the answer is kept, but never read against other options
			if (question?.kind === 'multiple-choice' && !answersCurrentOptions(question, value)) {
				return words.earlierVersion;
			}
			const now = choiceText(question, value.choice, words);
			return value.firstChoice === value.choice
				? now
				: words.firstTry(now, choiceText(question, value.firstChoice, words));
		}
		case 'evidence': {
			if (!value.blockId) return '';
			const now = paragraphText(question, value.blockId, lookup, words, quoteLength);
			return !value.firstBlockId || value.firstBlockId === value.blockId
				? now
				: words.firstTry(
						now,
						paragraphText(question, value.firstBlockId, lookup, words, quoteLength)
					);
		}
		case 'compare': {
			// the question's order of accounts first, then any others the answer holds
			const order = question?.kind === 'compare' ? question.sources : [];
			const ids = [...new Set([...order, ...Object.keys(value.texts)])];
			return ids
				.filter((id) => hasText(value.texts[id]))
				.map((id) => `${accountNames[id] ?? id}: ${value.texts[id]}`)
				.join('\n');
		}
	}
}

/** The right answer of a checked question, as text; '' for open questions. */
export function rightAnswer(
	question: CompiledQuestion | undefined,
	lookup?: ParagraphLookup,
	words: AnswerWords = ENGLISH_ANSWER_WORDS
) {
	if (question?.kind === 'multiple-choice') return choiceText(question, question.answer, words);
	if (question?.kind === 'evidence') {
		// any of the accepted paragraphs is right
		return words.either(question.answers.map((id) => paragraphText(question, id, lookup, words)));
	}
	return '';
}
