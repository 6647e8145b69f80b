import type { SafeHtml } from './common';
import type { GlossaryEntry } from './glossary';
import type { QuestionKind, SourceKind } from './kinds';

/** Bumped when the shape of packs or the catalog changes incompatibly. */
export const PACK_FORMAT = 1;

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

type CompiledQuestionBase = {
	id: string;
	prompt: string;
	fromArticle?: string;
	passage?: PassageLink;
};

export type CompiledQuestion = CompiledQuestionBase &
	(
		| { kind: 'discussion'; hints: string[] }
		| { kind: 'short-answer'; modelAnswer: string }
		| { kind: 'multiple-choice'; choices: string[]; answer: number; explanation: string }
		| { kind: 'evidence'; source: string; answer: string; answerQuote: string; explanation: string }
		| { kind: 'compare'; sources: string[] }
	);

export type CompiledLesson = {
	id: string;
	title: string;
	summary: string;
	topic: string;
	contentNote: string;
	perspectives: string[];
	claims: CompiledClaim[];
	questions: CompiledQuestion[];
	glossary: string[];
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

export type CatalogSource = { id: string; title: string; outlet: string | null; kind: SourceKind };

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
