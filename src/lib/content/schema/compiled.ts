import type { SafeHtml } from './common';
import type { GlossaryEntry, GlossaryName } from './glossary';
import type { QuestionKind, SourceKind } from './kinds';

/** Bumped when the shape of packs or the catalog changes incompatibly. */
export const PACK_FORMAT = 2;

export type BlockType = 'paragraph' | 'heading' | 'caption';

/** One block of an article: its stable id links claims, evidence and search hits to it. */
export type Block = { id: string; type: BlockType; html: SafeHtml; text: string };

export type CompiledComment = {
	id: string;
	author?: string;
	date?: string;
	paragraphs: Block[];
	replies: CompiledComment[];
};

export type ReadingStats = {
	words: number;
	minutes: number;
	// Flesch–Kincaid grade level of the body text
	grade: number;
};

export type CompiledSource = {
	id: string;
	title: string;
	// its name in tabs, pickers and headings: outlet or author, then a short title
	// (content/account-label.ts); absent in a pack built before it was derived
	label?: string;
	outlet: string | null;
	authors: { name: string; bio?: string }[];
	date: { value: string; approximate: boolean; reason?: string };
	kind: SourceKind;
	perspective: string;
	seed: string;
	commentsOn?: string;
	blocks: Block[];
	questions: string[];
	comments: CompiledComment[];
	stats: ReadingStats;
};

export type PassageLink = { source: string; quote: string; blockId: string };

export type ClaimCell =
	| { source: string; quote: string; blockId: string }
	| { source: string; notAddressed: true; note?: string };

export type CompiledClaim = { id: string; point: string; cells: ClaimCell[] };

/** One multiple-choice option; its id is derived from its text (optionId), so it survives reordering. */
export type ChoiceOption = { id: string; text: string };

/** A dated context event, phrased without taking a side, with each side's name where they differ. */
export type TimelineEvent = {
	id: string;
	// YYYY, YYYY-MM or YYYY-MM-DD
	date: string;
	text: string;
	names: GlossaryName[];
};

type CompiledQuestionBase = {
	id: string;
	prompt: string;
	fromArticle?: string;
	passage?: PassageLink;
	// the question needs the reader comments: it is hidden when an assignment hides them
	needsComments?: true;
};

export type CompiledQuestion = CompiledQuestionBase &
	(
		| { kind: 'discussion'; hints: string[] }
		| { kind: 'short-answer'; modelAnswer: string }
		| {
				kind: 'multiple-choice';
				// in the author's order; the reader shuffles them per profile (see choice-order.ts)
				choices: ChoiceOption[];
				// the id of the correct option
				answer: string;
				explanation: string;
		  }
		| {
				kind: 'evidence';
				source: string;
				// ids of every paragraph (or comment paragraph) accepted as support; each is one of
				// evidenceChoices(source), which the build checks
				answers: string[];
				answerQuotes: string[];
				explanation: string;
		  }
		| { kind: 'compare'; sources: string[] }
	);

export type CompiledLesson = {
	id: string;
	title: string;
	summary: string;
	topic: string;
	contentNote: string;
	balanceNote: string;
	perspectives: string[];
	claims: CompiledClaim[];
	questions: CompiledQuestion[];
	glossary: string[];
	timeline: TimelineEvent[];
	teacherGuide: SafeHtml;
	minutes: number;
	grade: number;
	level: string;
};

/** Everything one lesson needs, offline, in one file. */
export type LessonPack = {
	format: typeof PACK_FORMAT;
	hash: string;
	lesson: CompiledLesson;
	sources: CompiledSource[];
	glossary: GlossaryEntry[];
};

export type CatalogSource = {
	id: string;
	title: string;
	outlet: string | null;
	kind: SourceKind;
	// as in the pack: the library names an account as the reader does
	label?: string;
};

export type CatalogEntry = {
	id: string;
	title: string;
	summary: string;
	topic: string;
	level: string;
	minutes: number;
	words: number;
	questionKinds: QuestionKind[];
	sources: CatalogSource[];
	hash: string;
	// URL of the pack; its name carries the hash so a changed lesson is a new file
	pack: string;
	bytes: number;
};

export type Catalog = { format: typeof PACK_FORMAT; lessons: CatalogEntry[] };
