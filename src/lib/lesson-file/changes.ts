import type { CompiledLesson, CompiledQuestion } from '$lib/content/model';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
// what a student sees of a question: a change here is a rewording
const asked = (q: CompiledQuestion) => JSON.stringify({ ...q, id: undefined });

/**
 * What a new version of a lesson changes, in sentences a teacher reads after an import. Answers
 * stay with their question ids: a question removed keeps its answers on the device, unshown.
 */
export function describeChanges(before: CompiledLesson, after: CompiledLesson): string[] {
	const changes: string[] = [];
	if (before.title !== after.title) changes.push(`Title: “${before.title}” → “${after.title}”.`);
	const added = after.perspectives.filter((id) => !before.perspectives.includes(id));
	const dropped = before.perspectives.filter((id) => !after.perspectives.includes(id));
	if (added.length) changes.push(`${plural(added.length, 'account', 'accounts')} added.`);
	if (dropped.length) changes.push(`${plural(dropped.length, 'account', 'accounts')} removed.`);

	const old = new Map(before.questions.map((q) => [q.id, q]));
	const now = new Map(after.questions.map((q) => [q.id, q]));
	const newQuestions = after.questions.filter((q) => !old.has(q.id)).length;
	const gone = before.questions.filter((q) => !now.has(q.id)).length;
	const reworded = after.questions.filter((q) => {
		const earlier = old.get(q.id);
		return earlier !== undefined && asked(earlier) !== asked(q);
	}).length;
	if (newQuestions) changes.push(`${plural(newQuestions, 'question', 'questions')} added.`);
	if (reworded) changes.push(`${plural(reworded, 'question', 'questions')} changed.`);
	if (gone) {
		changes.push(
			`${plural(gone, 'question', 'questions')} removed (answers already given stay on this device).`
		);
	}
	if (before.claims.length !== after.claims.length) {
		changes.push(`Claims compared: ${before.claims.length} → ${after.claims.length}.`);
	}
	if (!changes.length)
		changes.push('The questions and accounts are the same; the text was edited.');
	return changes;
}
