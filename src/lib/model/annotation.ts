// A student's highlight, with or without a note, on a passage of an account. Anchored in the
// spirit of the W3C Web Annotation model (a text quote with its context, and a position), so it
// can be found again after the lesson's text changes.
import { m } from '$lib/paraglide/messages';

/** What a highlight marks; each has a name, never a colour alone. */
export const annotationKinds = ['evidence', 'loaded-word', 'question', 'note'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/** Each kind's name in the interface's language (read when shown: getters, so the language of the
 * moment; the messages load only with code that reads them). */
export const annotationKindLabels: Record<AnnotationKind, string> = {
	get evidence() {
		return m.reader_kind_evidence();
	},
	get 'loaded-word'() {
		return m.reader_kind_loaded_word();
	},
	get question() {
		return m.reader_kind_question();
	},
	get note() {
		return m.reader_kind_note();
	}
};

// Sentences that name a kind, one message for each kind (never a label put into a sentence: each
// language words them its own way). Here, not in their own module, so the parts that load on a tap
// and use them share the chunk they load anyway (a chunk of their own would add its name to the
// lesson page's first visit, in the list of what to fetch with each part).
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

/** Where an annotation is: the passage's words, 32 characters either side, and its offset. */
export type AnnotationAnchor = {
	lessonId: string;
	sourceId: string;
	/** the paragraph (block or comment paragraph) id when it was made: derived from its text, so
	 * it changes when the text does */
	paragraphId: string;
	/** the marked words, exactly as they were (not normalised) */
	exact: string;
	prefix: string;
	suffix: string;
	/** the offset of `exact` in its paragraph's text when it was made */
	start: number;
};

export type Annotation = AnnotationAnchor & {
	id: string;
	profileId: string;
	kind: AnnotationKind;
	/** empty for a highlight without a note */
	note: string;
	createdAt: number;
	updatedAt: number;
};
