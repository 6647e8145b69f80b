// The real content/ read once as templates for synthetic lessons, with each block's text ready to search.
import '../../src/lib/server/compiler-dom';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../../src/lib/compiler/front-matter';
import { lexBlocks, renderMarkdown } from '../../src/lib/compiler/markdown';
import { normalizeForMatch } from '../../src/lib/content/normalize';
import { htmlToText } from '../../src/lib/compiler/sanitize';
import type { LessonFrontMatter } from '../../src/lib/content/schema/lesson';
import type { CommentInput, SourceFrontMatter } from '../../src/lib/content/schema/source';

/** A markdown block as written, and its text normalised the way the compiler matches quotes. */
export type Piece = { raw: string; match: string };
/** A comment split into the paragraphs the compiler checks one by one. */
export type RealComment = { input: CommentInput; paragraphs: Piece[]; replies: RealComment[] };
export type RealSource = {
	id: string;
	front: SourceFrontMatter;
	blocks: Piece[];
	comments: RealComment[];
};
export type RealLesson = { id: string; front: LessonFrontMatter; guide: string[] };
export type RealContent = { sources: Map<string, RealSource>; lessons: RealLesson[] };

// the same text the compiler derives from a block: rendered, sanitized, then read back
const piece = (raw: string): Piece => ({
	raw,
	match: normalizeForMatch(htmlToText(renderMarkdown(raw)))
});

function readMarkdown(dir: string) {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const parsed = parseFrontMatter(readFileSync(join(dir, name), 'utf8'));
			if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
			const blocks = lexBlocks(parsed.body, parsed.bodyLine).map((b) => b.raw.trim());
			return { id: name.replace(/\.md$/, ''), data: parsed.yaml.data, blocks };
		});
}

function realComment(input: CommentInput): RealComment {
	const paragraphs = input.text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map(piece);
	return { input, paragraphs, replies: (input.replies ?? []).map(realComment) };
}

export function readRealContent(root: string): RealContent {
	const sources = new Map<string, RealSource>();
	for (const { id, data, blocks } of readMarkdown(join(root, 'content/sources'))) {
		const front = data as SourceFrontMatter;
		const comments = (front.comments ?? []).map(realComment);
		sources.set(id, { id, front, blocks: blocks.map(piece), comments });
	}
	const lessons = readMarkdown(join(root, 'content/lessons')).map(({ id, data, blocks }) => ({
		id,
		front: data as LessonFrontMatter,
		guide: blocks
	}));
	return { sources, lessons };
}
