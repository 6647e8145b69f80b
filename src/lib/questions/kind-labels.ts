import type { QuestionKind } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';

// the interface's names for the question kinds, shared by the questions panel and the assignment
// builder (content/schema/kinds.ts's English labels load with every page, so are not used here)
export const kindLabels: Record<QuestionKind, () => string> = {
	discussion: m.questions_kind_discussion,
	'short-answer': m.questions_kind_short_answer,
	'multiple-choice': m.questions_kind_multiple_choice,
	evidence: m.questions_kind_evidence,
	compare: m.questions_kind_compare
};
