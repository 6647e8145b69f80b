import { mentionsComments, sourcesUsedBy } from '../content/question-needs';
import type { CompiledQuestion } from '../content/schema/compiled';
import type { QuestionInput } from '../content/schema/lesson';

type Report = (path: (string | number)[], field: string, message: string) => void;

/**
 * Marks the questions that need the reader comments: those that say so (`needs: [comments]`) and
 * those that point at a comment thread. A question whose words speak of comments but that is not
 * marked is a problem: hiding the comments for an assignment would leave it unanswerable.
 */
export function markCommentNeeds(
	inputs: readonly QuestionInput[],
	compiled: readonly CompiledQuestion[],
	commentSources: ReadonlySet<string>,
	report: Report
): CompiledQuestion[] {
	const inputById = new Map(inputs.map((q, i) => [q.id, { q, i }]));
	return compiled.map((question) => {
		const found = inputById.get(question.id);
		const declared = found?.q.needs?.includes('comments') ?? false;
		// `needs: []` says the author checked: the words mention comments, the question does not need them
		const checked = found?.q.needs !== undefined;
		const pointsAtComments = sourcesUsedBy(question).some((id) => commentSources.has(id));
		const hints = found?.q.kind === 'discussion' ? (found.q.hints ?? []) : [];
		const unmarked = found && !checked && !pointsAtComments && commentSources.size > 0;
		if (unmarked && mentionsComments([question.prompt, ...hints])) {
			report(
				['questions', found.i, 'prompt'],
				`questions[${found.i}].needs`,
				`question "${question.id}" speaks of reader comments but does not say it needs them: add "needs: [comments]", so that hiding the comments for an assignment hides it too (or "needs: []" if it can be answered without them)`
			);
		}
		return declared || pointsAtComments ? { ...question, needsComments: true } : question;
	});
}
