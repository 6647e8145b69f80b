import type { CompiledQuestion, CompiledSource } from '$lib/content/model';

/** The reader-comment threads among a lesson's sources. */
export function commentSourceIds(
	sources: readonly Pick<CompiledSource, 'id' | 'kind'>[]
): Set<string> {
	return new Set(sources.filter((s) => s.kind === 'reader-comments').map((s) => s.id));
}

/** True when a question needs one of the given sources to be read or answered. */
export function questionUses(question: CompiledQuestion, sourceIds: ReadonlySet<string>): boolean {
	const used = [question.fromArticle, question.passage?.source];
	if (question.kind === 'evidence') used.push(question.source);
	if (question.kind === 'compare') used.push(...question.sources);
	return used.some((id) => id !== undefined && sourceIds.has(id));
}
