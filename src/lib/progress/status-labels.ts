import type { Grade, QuestionStatus } from '$lib/questions/grading';
import { m } from '$lib/paraglide/messages';

// messages, not words: each says itself in the interface's language when it is shown
export const statusLabels: Record<QuestionStatus, () => string> = {
	unanswered: m.progress_status_unanswered,
	partial: m.progress_status_partial,
	answered: m.progress_status_answered,
	correct: m.progress_status_correct,
	incorrect: m.progress_status_incorrect
};

/** A question's standing in words: for a checked question, whether it was right the first time. */
export function checkedLabel(result: Grade): string {
	if (result.status === 'correct' && result.firstTryCorrect !== undefined) {
		return result.firstTryCorrect
			? m.progress_status_right_first()
			: m.progress_status_right_later();
	}
	return statusLabels[result.status]();
}
