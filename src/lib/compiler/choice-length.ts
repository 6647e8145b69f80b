import type { ChoiceOption } from '../content/schema/compiled';

/** What the length rule needs of a multiple-choice question: its options and the correct one's id. */
export type ChoiceQuestion = {
	id: string;
	choices: readonly ChoiceOption[];
	// the id of the correct option
	answer: string;
};

export type LengthGiveaways = {
	// the lesson's multiple-choice questions
	total: number;
	// ids of the questions whose correct option is the uniquely longest, in lesson order
	giveaways: string[];
	// more than a third of the questions give themselves away: the build reports an error
	tooMany: boolean;
};

const characters = (text: string) => [...text.trim()].length;

/**
 * True when the correct option has strictly more characters (after trimming) than every other
 * option, so a student who knows nothing can pick it by its length.
 */
export function correctIsUniquelyLongest(question: ChoiceQuestion): boolean {
	const correct = question.choices.find((c) => c.id === question.answer);
	if (!correct) return false;
	const length = characters(correct.text);
	return question.choices.every((c) => c === correct || characters(c.text) < length);
}

/**
 * The build's rule against guessable multiple choice: at most a third of a lesson's
 * multiple-choice questions may have a correct option that is the uniquely longest.
 */
export function lengthGiveaways(questions: readonly ChoiceQuestion[]): LengthGiveaways {
	const giveaways = questions.filter(correctIsUniquelyLongest).map((q) => q.id);
	return { total: questions.length, giveaways, tooMany: giveaways.length * 3 > questions.length };
}
