// How the class marked each passage: per paragraph, how many students marked it and how ("12
// marked this as a loaded word"). Pure.
import { annotationKinds, type AnnotationKind } from '$lib/model';
import type { ReviewAnnotation, ReviewRow } from './review-types';

export type PassageMarks = {
	lessonId: string;
	lessonTitle: string;
	sourceId: string;
	paragraphId: string;
	// students who marked it, and how many of them with each kind (a student counts once per kind)
	students: number;
	byKind: { kind: AnnotationKind; students: number }[];
	// the words marked, most often marked first
	quotes: string[];
};

/** Every paragraph some student marked, the most marked first. */
export function passageMarks(rows: readonly ReviewRow[]): PassageMarks[] {
	const groups = new Map<
		string,
		{ first: ReviewAnnotation; marks: [string, ReviewAnnotation][] }
	>();
	for (const row of rows) {
		for (const mark of row.annotations) {
			const key = `${mark.lessonId}\u0000${mark.sourceId}\u0000${mark.paragraphId}`;
			const group = groups.get(key) ?? { first: mark, marks: [] };
			group.marks.push([row.submissionId, mark]);
			groups.set(key, group);
		}
	}
	return [...groups.values()]
		.map(({ first, marks }): PassageMarks => {
			const students = (marks: [string, ReviewAnnotation][]) =>
				new Set(marks.map(([student]) => student)).size;
			const quoteCounts = new Map<string, number>();
			for (const [, mark] of marks)
				quoteCounts.set(mark.exact, (quoteCounts.get(mark.exact) ?? 0) + 1);
			return {
				lessonId: first.lessonId,
				lessonTitle: first.lessonTitle,
				sourceId: first.sourceId,
				paragraphId: first.paragraphId,
				students: students(marks),
				byKind: annotationKinds
					.map((kind) => ({ kind, students: students(marks.filter(([, m]) => m.kind === kind)) }))
					.filter((entry) => entry.students > 0),
				quotes: [...quoteCounts].sort((a, b) => b[1] - a[1]).map(([quote]) => quote)
			};
		})
		.sort((a, b) => b.students - a.students);
}
