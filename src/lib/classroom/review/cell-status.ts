// How one cell of the review reads: the rules the grid, the per-student and per-question views share.
import { m } from '$lib/paraglide/messages';
import type { QuestionStatus } from '$lib/questions/grading';
import type { ReviewCell, ReviewRow } from './review-types';

/** Two hand-ins the teacher should tell apart (rename or merge), as opposed to a note. */
export const isAmbiguous = (row: Pick<ReviewRow, 'identity'>) =>
	row.identity.some((flag) => flag.kind !== 'name-only');

/** Counts as answered in totals, the same rule as `scoreLesson`: a partial comparison does not. */
export const isAnswered = (status: QuestionStatus) =>
	status === 'answered' || status === 'correct' || status === 'incorrect';

export type CellTone = 'right' | 'retry' | 'wrong' | 'open' | 'earlier' | 'partial' | 'none';

/** How a cell reads: a short symbol for the grid, and the words that say the same thing (in the
 * interface's language; the gradebook names each tone in English itself). */
export function cellStatus(cell: ReviewCell): { symbol: string; label: string; tone: CellTone } {
	if (cell.status === 'unanswered')
		return { symbol: '–', label: m.review_status_none(), tone: 'none' };
	if (cell.earlierVersion) {
		return { symbol: '⟲', label: m.review_status_earlier(), tone: 'earlier' };
	}
	if (cell.autoChecked) {
		// the first try is the score a teacher sees, even if the student changed it later
		if (cell.firstTryCorrect) return { symbol: '✓', label: m.review_status_right(), tone: 'right' };
		if (cell.status === 'correct')
			return { symbol: '↻✓', label: m.review_status_retry(), tone: 'retry' };
		if (cell.status === 'incorrect')
			return { symbol: '✗', label: m.review_status_wrong(), tone: 'wrong' };
	}
	if (cell.status === 'partial')
		return { symbol: '◐', label: m.review_status_partial(), tone: 'partial' };
	return { symbol: '✎', label: m.review_status_answered(), tone: 'open' };
}
