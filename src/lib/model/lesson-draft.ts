// A lesson being written on the device: what the teacher typed, kept as typed (autosaved), and
// turned into a lesson file only to check or publish it.
import type { QuestionKind, SourceKind } from '../content/schema/kinds';

export type DraftSource = {
	/** the source's id within the lesson (a slug) */
	id: string;
	title: string;
	/** empty when the text names no outlet */
	outlet: string;
	/** one per line: "Name — background as the text states it" */
	authors: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD */
	date: string;
	kind: Exclude<SourceKind, 'reader-comments'>;
	/** provenance: who wrote it, where, their stated background; never who is right */
	perspective: string;
	/** the article as pasted: the source's paragraphs and every quote must be found in it */
	original: string;
	/** the source's markdown body as an adapted lesson wrote it (else the original's paragraphs) */
	body?: string;
	/** a source the editor does not edit (reader comments), kept as its lesson had it */
	raw?: string;
	/** shown as a comment thread under its article, not as an account of its own */
	thread?: boolean;
	/** an adapted source's original file name, and what its front matter had that the editor
	 * does not write (a dating's reasoning, the article's own questions), kept as it was */
	seed?: string;
	extra?: Record<string, unknown>;
};

/** A claims cell: a quote from the source, or the source does not address the point. */
export type DraftCell = { quote: string } | { notAddressed: true; note: string };

export type DraftClaim = { id: string; point: string; cells: Record<string, DraftCell> };

export type DraftQuestion = {
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** discussion: one hint per line */
	hints: string;
	/** short answer */
	modelAnswer: string;
	/** multiple choice: the choices, and which one is right */
	choices: string[];
	correct: number;
	/** multiple choice and evidence */
	explanation: string;
	/** evidence: the source to choose from, and one quote per accepted paragraph */
	source: string;
	quotes: string[];
	/** compare: the sources answered side by side (empty: all) */
	compare: string[];
	/** what an adapted lesson's question had that the editor does not write, kept as it was */
	extra?: Record<string, unknown>;
};

export type DraftGlossaryTerm = {
	id: string;
	term: string;
	definition: string;
	/** the whole entry as an adapted lesson had it (the names each side uses, a reference) */
	entry?: Record<string, unknown>;
};

export type LessonDraft = {
	/** the draft's own id (IndexedDB key) */
	id: string;
	/** the lesson's id once published */
	lessonId: string;
	title: string;
	/** who made the lesson, as they name themselves: shown with it wherever it goes */
	madeBy?: string;
	summary: string;
	topic: string;
	contentNote: string;
	balanceNote: string;
	/** markdown, rendered and sanitized exactly as the build does */
	teacherGuide: string;
	sources: DraftSource[];
	claims: DraftClaim[];
	questions: DraftQuestion[];
	glossary: DraftGlossaryTerm[];
	/** the lesson this one was adapted from, if any */
	adaptedFrom?: string;
	/** context timeline events of an adapted lesson, with the timeline they come from (kept as is) */
	timeline?: { ids: string[]; yaml: string };
	updatedAt: number;
};
