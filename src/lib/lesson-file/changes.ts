import type { CompiledLesson, CompiledQuestion } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';

// what a student sees of a question: a change here is a rewording
const asked = (q: CompiledQuestion) => JSON.stringify({ ...q, id: undefined });

/**
 * What a new version of a lesson changes, in sentences a teacher reads after an import. Answers
 * stay with their question ids: a question removed keeps its answers on the device, unshown.
 */
export function describeChanges(before: CompiledLesson, after: CompiledLesson): string[] {
	const changes: string[] = [];
	if (before.title !== after.title) {
		changes.push(m.lessonfiles_change_title({ before: before.title, after: after.title }));
	}
	const added = after.perspectives.filter((id) => !before.perspectives.includes(id));
	const dropped = before.perspectives.filter((id) => !after.perspectives.includes(id));
	if (added.length) changes.push(m.lessonfiles_change_accounts_added({ count: added.length }));
	if (dropped.length)
		changes.push(m.lessonfiles_change_accounts_removed({ count: dropped.length }));

	const old = new Map(before.questions.map((q) => [q.id, q]));
	const now = new Map(after.questions.map((q) => [q.id, q]));
	const newQuestions = after.questions.filter((q) => !old.has(q.id)).length;
	const gone = before.questions.filter((q) => !now.has(q.id)).length;
	const reworded = after.questions.filter((q) => {
		const earlier = old.get(q.id);
		return earlier !== undefined && asked(earlier) !== asked(q);
	}).length;
	if (newQuestions) changes.push(m.lessonfiles_change_questions_added({ count: newQuestions }));
	if (reworded) changes.push(m.lessonfiles_change_questions_changed({ count: reworded }));
	if (gone) changes.push(m.lessonfiles_change_questions_removed({ count: gone }));
	if (before.claims.length !== after.claims.length) {
		changes.push(
			m.lessonfiles_change_claims({ before: before.claims.length, after: after.claims.length })
		);
	}
	if (!changes.length) changes.push(m.lessonfiles_change_text_only());
	return changes;
}
