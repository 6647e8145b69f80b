import type { CompiledLesson, CompiledQuestion } from '$lib/content/model';
import type { AnswerValue, LessonScore, QuestionStatus } from '$lib/model';

export type { LessonScore, QuestionStatus };

export type Grade = {
	status: QuestionStatus;
	// multiple-choice and evidence are checked by the app; the rest are read by a teacher
	autoChecked: boolean;
	// for checked questions: was the first try right (the score a teacher sees)
	firstTryCorrect?: boolean;
	// a multiple-choice answer to an earlier version of the question: one of its option ids is
	// not among the options now (rewritten), so it is shown as it was and never graded
	earlierVersion?: true;
};

type ChoiceQuestion = Extract<CompiledQuestion, { kind: 'multiple-choice' }>;

/** Whether a choice answer was given against the question's current options (both tries). */
export function answersCurrentOptions(
	question: ChoiceQuestion,
	value: { choice: string; firstChoice: string }
): boolean {
	const known = (id: string) => question.choices.some((option) => option.id === id);
	return known(value.choice) && known(value.firstChoice);
}

const hasText = (text: string | undefined) => (text ?? '').trim().length > 0;

/** How one answer stands against its question. Never throws on a mismatched answer shape. */
export function grade(question: CompiledQuestion, value: AnswerValue | undefined): Grade {
	switch (question.kind) {
		case 'discussion':
		case 'short-answer':
			return {
				status: value?.kind === 'text' && hasText(value.text) ? 'answered' : 'unanswered',
				autoChecked: false
			};
		case 'compare': {
			const texts = value?.kind === 'compare' ? value.texts : {};
			const filled = question.sources.filter((id) => hasText(texts[id])).length;
			const status =
				filled === 0 ? 'unanswered' : filled < question.sources.length ? 'partial' : 'answered';
			return { status, autoChecked: false };
		}
		case 'multiple-choice':
			if (value?.kind !== 'choice') return { status: 'unanswered', autoChecked: true };
			// answered, but against options that are gone: neither right nor wrong, and not scored
			if (!answersCurrentOptions(question, value)) {
				return { status: 'answered', autoChecked: false, earlierVersion: true };
			}
			return {
				status: value.choice === question.answer ? 'correct' : 'incorrect',
				autoChecked: true,
				firstTryCorrect: value.firstChoice === question.answer
			};
		case 'evidence':
			if (value?.kind !== 'evidence') return { status: 'unanswered', autoChecked: true };
			return {
				status: question.answers.includes(value.blockId) ? 'correct' : 'incorrect',
				autoChecked: true,
				firstTryCorrect: question.answers.includes(value.firstBlockId)
			};
	}
}

/** A lesson's progress and score from its answers (question id → value). */
export function scoreLesson(
	lesson: CompiledLesson,
	answers: ReadonlyMap<string, AnswerValue>
): LessonScore {
	const score: LessonScore = {
		questions: lesson.questions.length,
		answered: 0,
		autoChecked: 0,
		correctFirstTry: 0,
		correctNow: 0
	};
	for (const question of lesson.questions) {
		const result = grade(question, answers.get(question.id));
		if (result.status !== 'unanswered' && result.status !== 'partial') score.answered++;
		if (!result.autoChecked) continue;
		score.autoChecked++;
		if (result.firstTryCorrect) score.correctFirstTry++;
		if (result.status === 'correct') score.correctNow++;
	}
	return score;
}

/**
 * Records a new try at a checked question (an option id), keeping the first try as it was. A
 * try at a question whose options changed since the last answer starts afresh: that answer was
 * to an earlier version.
 */
export function nextChoice(
	question: ChoiceQuestion,
	previous: AnswerValue | undefined,
	choice: string
): AnswerValue {
	return previous?.kind === 'choice' && answersCurrentOptions(question, previous)
		? { ...previous, choice, attempts: previous.attempts + 1 }
		: { kind: 'choice', choice, firstChoice: choice, attempts: 1 };
}

export function nextEvidence(previous: AnswerValue | undefined, blockId: string): AnswerValue {
	return previous?.kind === 'evidence'
		? { ...previous, blockId, attempts: previous.attempts + 1 }
		: { kind: 'evidence', blockId, firstBlockId: blockId, attempts: 1 };
}

export function wordCount(text: string): number {
	return text.trim() ? text.trim().split(/\s+/u).length : 0;
}
