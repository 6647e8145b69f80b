import type { AssignmentSpec } from '$lib/model';

// The assignment a student last had open in this tab, so that its lessons can link back to it.
// The lesson page reads the key itself (a few bytes, no import): keep the two in step.
export const FROM_ASSIGNMENT_KEY = 'parallax.fromAssignment';

export type FromAssignment = { id: string; title: string; lessons: string[] };

/** Notes that the student is working from this assignment (for the rest of the tab's session). */
export function rememberAssignment(spec: AssignmentSpec): void {
	const from: FromAssignment = {
		id: spec.id,
		title: spec.title,
		lessons: spec.lessons.map((l) => l.id)
	};
	try {
		sessionStorage.setItem(FROM_ASSIGNMENT_KEY, JSON.stringify(from));
	} catch {
		// no session storage: the lessons simply have no way back
	}
}
