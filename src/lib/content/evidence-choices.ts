import type { Block, CompiledComment, CompiledSource } from './schema/compiled';

function commentParagraphs(comments: CompiledComment[]): Block[] {
	return comments.flatMap((c) => [...c.paragraphs, ...commentParagraphs(c.replies)]);
}

/**
 * What an evidence question offers as choices: every paragraph of an article, or every comment
 * paragraph of a reader-comments thread. The build refuses an answer outside this list, and the
 * question component lists exactly this, so a key can always be chosen.
 */
export function evidenceChoices(source: CompiledSource): Block[] {
	return source.kind === 'reader-comments'
		? commentParagraphs(source.comments)
		: source.blocks.filter((b) => b.type === 'paragraph');
}
