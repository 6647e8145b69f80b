import { canonicalJson } from '$lib/files/canonical';
import type { AssignedLesson, AssignmentSpec } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** What the builder form holds before it becomes a spec. */
export type Draft = {
	title: string;
	instructions: string;
	due: string;
	hideComments: boolean;
	// lesson id → its pack hash and question id → required, in the order the lessons were chosen
	lessons: { id: string; hash: string; required: Record<string, boolean> }[];
};

/** What is wrong with a draft, field by field, or nothing. */
export function draftProblems(draft: Draft): Partial<Record<'title' | 'lessons' | 'due', string>> {
	const problems: Partial<Record<'title' | 'lessons' | 'due', string>> = {};
	if (!draft.title.trim()) problems.title = m.builder_problem_title();
	if (draft.lessons.length === 0) problems.lessons = m.builder_problem_lessons();
	if (draft.due && !/^\d{4}-\d{2}-\d{2}$/.test(draft.due)) problems.due = m.builder_problem_due();
	return problems;
}

/**
 * The spec for a draft. An edit that changes something is a new version of the same assignment;
 * an edit that changes nothing keeps the version, so links already handed out stay current.
 */
export function specFromDraft(
	draft: Draft,
	id: string,
	previous: AssignmentSpec | undefined,
	hiddenQuestions: (lessonId: string) => ReadonlySet<string>
): AssignmentSpec {
	const lessons: AssignedLesson[] = draft.lessons.map((lesson) => {
		const hidden = draft.hideComments ? hiddenQuestions(lesson.id) : new Set<string>();
		return {
			id: lesson.id,
			hash: lesson.hash.slice(0, 12),
			required: Object.keys(lesson.required).filter((q) => lesson.required[q] && !hidden.has(q))
		};
	});
	const spec: AssignmentSpec = {
		id,
		version: previous?.version ?? 1,
		title: draft.title.trim(),
		instructions: draft.instructions.trim(),
		due: draft.due || null,
		lessons,
		hideComments: draft.hideComments
	};
	if (previous && canonicalJson(previous) !== canonicalJson(spec)) spec.version++;
	return spec;
}
