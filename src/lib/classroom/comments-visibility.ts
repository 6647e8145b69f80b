import type { CompiledLesson, CompiledSource } from '$lib/content/model';
import { getDb } from '$lib/db';
import { commentsHiddenFor } from '$lib/db/received-lookups';
import { commentSourceIds, questionUses } from './hidden-comments';

export type HiddenParts = { sources: Set<string>; questions: Set<string> };

/** The comment threads, and the questions that use them, an assignment hides from this profile. */
export async function hiddenParts(
	profileId: string,
	lesson: CompiledLesson,
	sources: readonly CompiledSource[]
): Promise<HiddenParts> {
	if (!(await commentsHiddenFor(getDb(), profileId, lesson.id))) {
		return { sources: new Set(), questions: new Set() };
	}
	const hidden = commentSourceIds(sources);
	const questions = lesson.questions.filter((q) => questionUses(q, hidden)).map((q) => q.id);
	return { sources: hidden, questions: new Set(questions) };
}
