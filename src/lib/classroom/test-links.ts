// Test data and helpers for the assignment link specs: a teacher's library, students' devices,
// typical and compact specs, and ways to open a link.
import { expect } from 'vitest';
import {
	decodeAssignment,
	matchLessons,
	specOf,
	type DeviceLessons,
	type LinkCheck,
	type LinkProblem,
	type LinkedAssignment,
	type TeacherLessons
} from './link';

import type { AssignmentSpec } from '$lib/model';

export const ORIGIN = 'https://parallax.example.org';

// the real library's lessons: their ids, pack hashes and number of questions
export const LIBRARY = [
	{ id: 'execution-video-2022', hash: '7ed09f9aea74', questions: 19 },
	{ id: 'khojaly-1992', hash: '6d131df54eb6', questions: 22 },
	{ id: 'lachin-corridor-2023', hash: '2e8b211b5b15', questions: 17 },
	{ id: 'news-opinion-comments', hash: 'cfcdd2c4f293', questions: 19 }
].map((lesson) => ({
	...lesson,
	questionIds: Array.from({ length: lesson.questions }, (_, i) => `${lesson.id}-q${i + 1}`)
}));
export const questionsOf = (id: string) => LIBRARY.find((l) => l.id === id)?.questionIds;

// the teacher's device: every lesson of the library, downloaded
export const teacher: TeacherLessons = { ids: LIBRARY.map((l) => l.id), questions: questionsOf };
// a student's device with the same library
export const student = (overrides: Partial<DeviceLessons> = {}): DeviceLessons => ({
	ids: LIBRARY.map((l) => l.id),
	stored: (id) => {
		const lesson = LIBRARY.find((l) => l.id === id);
		return lesson && { hash: `${lesson.hash}${'0'.repeat(52)}`, questions: lesson.questionIds };
	},
	...overrides
});

// instructions of 200 characters, written as a teacher would (not taken from the link's primer)
export const INSTRUCTIONS =
	'Before Thursday, read the four lessons in order. For each one, write a short paragraph: what ' +
	"happened, who says so, and how sure can we be? Don't copy sentences from the texts; use words.";

/** The typical assignment: four lessons with every question required (the builder's default). */
export function typical(overrides: Partial<AssignmentSpec> = {}): AssignmentSpec {
	return {
		id: 'k3x9q2m7ab',
		version: 1,
		title: 'Two accounts of the same events',
		instructions: INSTRUCTIONS,
		due: '2031-05-30',
		lessons: LIBRARY.map((l) => ({ id: l.id, hash: l.hash, required: [...l.questionIds] })),
		hideComments: false,
		...overrides
	};
}

export function spec(overrides: Partial<AssignmentSpec> = {}): AssignmentSpec {
	return {
		id: 'k3x9-q2m7',
		version: 1,
		title: 'The Lachin corridor',
		instructions: 'Read both accounts, then answer the starred questions.',
		due: '2024-09-30',
		lessons: [
			{ id: 'lachin-corridor', hash: '0123456789ab', required: ['q-1', 'q-2', 'q-5'] },
			{ id: 'khojaly-1992', hash: 'abcdef012345', required: [] },
			{ id: 'shusha-1992', hash: '9f8e7d6c5b4a', required: ['q-1', 'q-3'] },
			{ id: 'sumgait-1988', hash: '00ff00ff00ff', required: ['q-4'] }
		],
		hideComments: false,
		...overrides
	};
}

// the compact JSON of format 1, to build links the encoder would refuse
export const compact = (overrides: Record<string, unknown> = {}) =>
	JSON.stringify({
		i: 'k3x9',
		v: 1,
		t: 'A title',
		l: [['lachin', '0123456789ab', 'q-1']],
		...overrides
	});

export function expectProblem(check: LinkCheck, problem: LinkProblem, words: RegExp): void {
	expect(check.ok).toBe(false);
	if (check.ok) return;
	expect(check.problem).toBe(problem);
	expect(check.message).toMatch(words);
}

/** Decodes a link and matches it against a device, as the student's link page does. */
export async function opened(
	link: string,
	device = student()
): Promise<AssignmentSpec | undefined> {
	const check = await decodeAssignment(link);
	if (!check.ok) throw new Error(check.message);
	return specOf(check.assignment, matchLessons(check.assignment, device));
}

export async function linked(link: string): Promise<LinkedAssignment> {
	const check = await decodeAssignment(link);
	if (!check.ok) throw new Error(check.message);
	return check.assignment;
}
