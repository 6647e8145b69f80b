import type { Grade, QuestionStatus } from '$lib/questions/grading';

export const statusLabels: Record<QuestionStatus, string> = {
	unanswered: 'Not answered yet',
	partial: 'Partly answered',
	answered: 'Answered',
	correct: 'Right',
	incorrect: 'Not right yet'
};

/** A question's standing in words: for a checked question, whether it was right the first time. */
export function checkedLabel(result: Grade): string {
	if (result.status === 'correct' && result.firstTryCorrect !== undefined) {
		return result.firstTryCorrect ? 'Right the first time' : 'Right on a later try';
	}
	return statusLabels[result.status];
}
