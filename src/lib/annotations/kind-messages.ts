// Sentences that name a highlight's kind, one message for each kind (never a label put into a
// sentence: each language words them its own way). Loaded with highlights and notes only.
import type { AnnotationKind } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** What the status says once words are marked: "Marked as evidence: {words}". */
export const markedAs: Record<AnnotationKind, (inputs: { words: string }) => string> = {
	evidence: m.reader_marked_evidence,
	'loaded-word': m.reader_marked_loaded_word,
	question: m.reader_marked_question,
	note: m.reader_marked_note
};

/** A mark's name with its note: "Evidence: {note}". */
export const kindWithNote: Record<AnnotationKind, (inputs: { note: string }) => string> = {
	evidence: m.reader_mark_label_evidence,
	'loaded-word': m.reader_mark_label_loaded_word,
	question: m.reader_mark_label_question,
	note: m.reader_mark_label_note
};

/** Where a highlight is: "Evidence in {title}" (an account's or a lesson's title). */
export const kindIn: Record<AnnotationKind, (inputs: { title: string }) => string> = {
	evidence: m.reader_kind_in_evidence,
	'loaded-word': m.reader_kind_in_loaded_word,
	question: m.reader_kind_in_question,
	note: m.reader_kind_in_note
};
