// What a student gives and where they stand: the answers and progress every layer shares.

/**
 * What a student gave for one question; the shape follows the question's kind. A choice records
 * option ids (`optionId` of the option's text), never positions: options are shuffled per profile.
 * An answer from before ids (schema v3, backup and hand-in version 1) that could not be matched
 * to its option's text holds a marker such as `legacy-2` (see questions/choice-answer.ts).
 */
export type AnswerValue =
	| { kind: 'text'; text: string }
	| { kind: 'choice'; choice: string; firstChoice: string; attempts: number }
	| { kind: 'evidence'; blockId: string; firstBlockId: string; attempts: number }
	| { kind: 'compare'; texts: Record<string, string> };

export type Answer = {
	profileId: string;
	lessonId: string;
	questionId: string;
	value: AnswerValue;
	updatedAt: number;
};

export type Progress = {
	profileId: string;
	lessonId: string;
	// source id → true once read to the end or marked read
	read: Record<string, boolean>;
	// source id → last scroll position (block id) to reopen where the student was
	position: Record<string, string>;
	updatedAt: number;
};

/** Where a question stands for its student. */
export type QuestionStatus = 'unanswered' | 'partial' | 'answered' | 'correct' | 'incorrect';

export type LessonScore = {
	questions: number;
	answered: number;
	autoChecked: number;
	correctFirstTry: number;
	correctNow: number;
};

/** question id → the option texts in their old order, of one version of one lesson. */
export type OldChoiceTexts = Record<string, string[]>;
