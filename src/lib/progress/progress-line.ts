import { m } from '$lib/paraglide/messages';
import type { LessonProgress } from './summary';

/**
 * The progress page's line for a lesson, in the interface's language: three facts, each a whole
 * message, set side by side. (The library's cards keep summary.ts's English `progressLine`: the
 * library is a first visit, and these messages in four languages would weigh on it.)
 */
export function localizedProgressLine(p: LessonProgress): string {
	const facts = [
		m.progress_line_accounts({ read: p.accountsRead, total: p.accounts }),
		m.progress_line_answered({ answered: p.score.answered, questions: p.score.questions })
	];
	if (p.score.autoChecked && p.score.answered)
		facts.push(
			m.progress_line_right({ right: p.score.correctFirstTry, checked: p.score.autoChecked })
		);
	return facts.join(' · ');
}
