// My work's and the worksheet's names for kinds of things, as messages in the interface's language
// (content/schema/kinds.ts and model/annotation.ts keep English labels: every first visit loads them)
import type { QuestionKind } from '$lib/content/model';
import type { AnnotationKind } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export const questionKindLabel: Record<QuestionKind, () => string> = {
	discussion: m.progress_kind_discussion,
	'short-answer': m.progress_kind_short_answer,
	'multiple-choice': m.progress_kind_multiple_choice,
	evidence: m.progress_kind_evidence,
	compare: m.progress_kind_compare
};

export { sourceKindLabel } from '$lib/reader/source-kind-label';

/** "Evidence in The Gazette:": a mark's kind and where it is, one message for each kind. */
export const markedIn: Record<AnnotationKind, (inputs: { source: string }) => string> = {
	evidence: m.progress_mark_evidence,
	'loaded-word': m.progress_mark_loaded_word,
	question: m.progress_mark_question,
	note: m.progress_mark_note
};

/** "asked by …": the account that asks a question, put where the sentence needs it. */
export const askedBy = (source: string) => m.progress_asked_by({ source });

/** An account's name as `sourceLabel` gives it, the app's words in the reader's language. */
export { accountName, accountNameLang } from '$lib/reader/account-name';
