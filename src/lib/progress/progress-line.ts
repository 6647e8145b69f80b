import { m } from '$lib/paraglide/messages';
import type { LessonProgress } from './summary';

/**
 * A lesson's progress in one line, in the interface's language, for the progress page and the
 * library's cards: three facts, each a whole message, set side by side.
 */
export function localizedProgressLine(p: LessonProgress): string {
	const facts = [
		m.library_progress_line_accounts({ read: p.accountsRead, total: p.accounts }),
		m.library_progress_line_answered({ answered: p.score.answered, questions: p.score.questions })
	];
	if (p.score.autoChecked && p.score.answered)
		facts.push(
			m.library_progress_line_right({
				right: p.score.correctFirstTry,
				checked: p.score.autoChecked
			})
		);
	return facts.join(' · ');
}
