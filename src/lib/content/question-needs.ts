import type { CompiledQuestion } from './schema/compiled';

/** The sources a question points at: the one it quotes, asks about or gives answer boxes for. */
export function sourcesUsedBy(question: CompiledQuestion): string[] {
	const used = [question.fromArticle, question.passage?.source];
	if (question.kind === 'evidence') used.push(question.source);
	if (question.kind === 'compare') used.push(...question.sources);
	return used.filter((id) => id !== undefined);
}

// "comment", "comments", "commenter", "commenters": a prompt that speaks of the reader comments
const MENTIONS_COMMENTS = /\bcomment(?:s|ers?)?\b/i;

/** True when a question's words speak of the reader comments (so it is meaningless without them). */
export function mentionsComments(texts: readonly string[]): boolean {
	return texts.some((text) => MENTIONS_COMMENTS.test(text));
}
