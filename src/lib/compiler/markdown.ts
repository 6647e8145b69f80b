import { Marked, type Token } from 'marked';
import type { SafeHtml } from '../content/schema/common';
import { sanitizeHtml } from './sanitize';

// one configured instance: GitHub-flavoured paragraphs, no smart typography (quotes stay verbatim)
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Markdown → sanitized HTML. Every markdown string in the app goes through here. */
export function renderMarkdown(markdown: string): SafeHtml {
	return sanitizeHtml(marked.parse(markdown, { async: false }));
}

export type RawBlock = { token: Token; raw: string; line: number };

/** Splits a markdown body into top-level blocks, each with the file line where it starts. */
export function lexBlocks(body: string, firstLine: number): RawBlock[] {
	const blocks: RawBlock[] = [];
	let line = firstLine;
	for (const token of marked.lexer(body)) {
		const leading = token.raw.match(/^\n*/)?.[0].length ?? 0;
		if (token.type !== 'space') blocks.push({ token, raw: token.raw, line: line + leading });
		line += (token.raw.match(/\n/g) ?? []).length;
	}
	return blocks;
}

export function renderToken(token: Token): SafeHtml {
	return sanitizeHtml(marked.parser([token]));
}
