// The review's names for kinds of things, as messages in the interface's language (content/schema
// and model/annotation.ts keep English labels).
import type { QuestionKind } from '$lib/content/model';
import type { AnnotationKind } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export const questionKindName: Record<QuestionKind, () => string> = {
	discussion: m.review_kind_discussion,
	'short-answer': m.review_kind_short_answer,
	'multiple-choice': m.review_kind_multiple_choice,
	evidence: m.review_kind_evidence,
	compare: m.review_kind_compare
};

/** "Evidence in {lesson}, {account}:": a student's mark, one message for each kind. */
export const markIn: Record<
	AnnotationKind,
	(inputs: { lesson: string; account: string }) => string
> = {
	evidence: m.review_mark_in_evidence,
	'loaded-word': m.review_mark_in_loaded_word,
	question: m.review_mark_in_question,
	note: m.review_mark_in_note
};

/** "{count} marked this as evidence": how many students marked a passage so, one for each kind. */
export const markedThisAs: Record<AnnotationKind, (inputs: { count: number }) => string> = {
	evidence: m.review_passage_marked_evidence,
	'loaded-word': m.review_passage_marked_loaded_word,
	question: m.review_passage_marked_question,
	note: m.review_passage_marked_note
};
