// Answers and lessons from before option ids (pack format 1, schema v3, backup and hand-in files
// of version 1): multiple-choice answers recorded the option's position, not its id. Pure, and
// synchronous, so the schema upgrade can use it inside its transaction.
import { optionId } from '$lib/content/choice-ids';
import type { CompiledLesson, CompiledQuestion } from '$lib/content/model';
import type { AnswerValue, OldChoiceTexts } from '$lib/model';

const LEGACY_PREFIX = 'legacy-';

/**
 * What an old answer records when the option text it pointed at is unknown (the lesson it was
 * given against is not on this device): the old position, kept, never matched to new text.
 */
export const legacyChoiceMarker = (index: number) => `${LEGACY_PREFIX}${index}`;

export const isLegacyChoiceMarker = (id: string) => id.startsWith(LEGACY_PREFIX);

/** A choice answer as version-1 files and schema v3 held it: positions in the old option list. */
export type PositionalChoice = {
	kind: 'choice';
	choice: number;
	firstChoice: number;
	attempts: number;
};

/** question id → the option texts in their old order, of one version of one lesson. */
export type { OldChoiceTexts } from '$lib/model';

export function isPositionalChoice(value: unknown): value is PositionalChoice {
	const v = value as Partial<PositionalChoice> | undefined;
	return v?.kind === 'choice' && typeof v.choice === 'number';
}

/** The id of the option at `index` of the old list, or the legacy marker when it is unknown. */
export function choiceIdAt(texts: readonly string[] | undefined, index: number): string {
	const text = texts?.[index];
	return text === undefined ? legacyChoiceMarker(index) : optionId(text);
}

/**
 * An old positional answer as option ids: the text it pointed at in the lesson it was given
 * against (`texts`, that question's old options), or the legacy marker when that lesson is
 * unknown. Never matched by position against a newer lesson's options.
 */
export function choiceFromPosition(
	value: PositionalChoice,
	texts: readonly string[] | undefined
): AnswerValue {
	return {
		kind: 'choice',
		choice: choiceIdAt(texts, value.choice),
		firstChoice: choiceIdAt(texts, value.firstChoice),
		attempts: value.attempts
	};
}

// the old compiled question shapes, as pack format 1 stored them
type OldQuestion = Record<string, unknown> & { id: string; kind: string };

/**
 * A lesson as pack format 1 compiled it, reshaped to the current compiled shape (option ids from
 * the option texts, evidence answers as lists), with the old option texts of each question.
 * A lesson already in the current shape comes back as it is.
 */
export function reshapeOldLesson(old: CompiledLesson): {
	lesson: CompiledLesson;
	choices: OldChoiceTexts;
} {
	const choices: OldChoiceTexts = {};
	const questions = (old.questions as unknown as OldQuestion[]).map((q): CompiledQuestion => {
		if (q.kind === 'multiple-choice' && isStringList(q.choices)) {
			const texts = q.choices;
			choices[q.id] = texts;
			const answer = typeof q.answer === 'number' ? q.answer : -1;
			return {
				...(q as object),
				choices: texts.map((text) => ({ id: optionId(text), text })),
				answer: choiceIdAt(texts, answer)
			} as CompiledQuestion;
		}
		if (q.kind === 'evidence' && !Array.isArray(q.answers) && typeof q.answer === 'string') {
			const { answer, answerQuote, ...rest } = q;
			return {
				...rest,
				answers: [answer],
				answerQuotes: typeof answerQuote === 'string' ? [answerQuote] : []
			} as unknown as CompiledQuestion;
		}
		return q as unknown as CompiledQuestion;
	});
	return {
		lesson: {
			...old,
			balanceNote: old.balanceNote ?? '',
			timeline: old.timeline ?? [],
			questions
		},
		choices
	};
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Finds the old option texts of a lesson version by its pack hash; undefined when unknown. */
export type OldChoicesLookup = (lessonId: string, hash: string) => OldChoiceTexts | undefined;

/**
 * A hand-in whose choice answers may be positional (hand-in version 1) with option ids instead:
 * each lesson's answers resolved against the option texts of the version the student had (its
 * hash), or marked legacy when that version is unknown here.
 */
export function submissionWithOptionIds<F extends LegacySubmission>(
	file: F,
	lookup: OldChoicesLookup
): F {
	if (!file.lessons.some((l) => l.answers.some((a) => isPositionalChoice(a.value)))) return file;
	return {
		...file,
		lessons: file.lessons.map((lesson) => {
			const texts = lesson.hash ? lookup(lesson.id, lesson.hash) : undefined;
			return {
				...lesson,
				answers: lesson.answers.map((answer) =>
					isPositionalChoice(answer.value)
						? { ...answer, value: choiceFromPosition(answer.value, texts?.[answer.questionId]) }
						: answer
				)
			};
		})
	};
}

type LegacySubmission = {
	lessons: { id: string; hash: string; answers: { questionId: string; value: unknown }[] }[];
};
