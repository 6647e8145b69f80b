import type { CompiledQuestion, CompiledSource } from '$lib/content/model';
import { sourcesUsedBy } from '$lib/content/question-needs';

/** The reader-comment threads among a lesson's sources. */
export function commentSourceIds(
	sources: readonly Pick<CompiledSource, 'id' | 'kind'>[]
): Set<string> {
	return new Set(sources.filter((s) => s.kind === 'reader-comments').map((s) => s.id));
}

/**
 * True when a question needs the given comment threads: the content says so (`needsComments`,
 * set by the build) or, for a lesson stored before the build said so, it points at one of them.
 */
export function questionUses(question: CompiledQuestion, commentIds: ReadonlySet<string>): boolean {
	if (question.needsComments && commentIds.size > 0) return true;
	return sourcesUsedBy(question).some((id) => commentIds.has(id));
}

/** Whether an assignment that hides the reader comments hides this question. */
export function hiddenByAssignment(question: CompiledQuestion, hideComments: boolean): boolean {
	return hideComments && question.needsComments === true;
}
