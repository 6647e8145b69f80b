import type { QuestionStatus } from '$lib/questions/grading';

export const statusLabels: Record<QuestionStatus, string> = {
	unanswered: 'Not answered yet',
	partial: 'Partly answered',
	answered: 'Answered',
	correct: 'Right',
	incorrect: 'Not right yet'
};
