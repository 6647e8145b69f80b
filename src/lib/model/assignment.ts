// What a teacher assigns and what a student receives of it.

/** One lesson in an assignment, as the teacher chose it. */
export type AssignedLesson = {
	id: string;
	// the first 12 hex digits of the pack hash the teacher had, to warn on a different version
	hash: string;
	// ids of the questions the student must answer before handing in
	required: string[];
};

/** What a teacher assigns. It travels whole in the link's fragment, so no server is needed. */
export type AssignmentSpec = {
	// random, made on the teacher's device; stays the same across edits
	id: string;
	// 1 for the first link, +1 for every edit (a new version of the link)
	version: number;
	title: string;
	instructions: string;
	// YYYY-MM-DD, or null when there is no due date
	due: string | null;
	lessons: AssignedLesson[];
	hideComments: boolean;
};

/** An assignment the teacher made on this device; each edit bumps `spec.version`. */
export type Assignment = {
	id: string;
	spec: AssignmentSpec;
	createdAt: number;
	updatedAt: number;
	// 1 when archived: IndexedDB cannot index booleans
	archived: 0 | 1;
};

/** An assignment a profile received through a link, with where the student stands. */
export type ReceivedAssignment = {
	profileId: string;
	assignmentId: string;
	spec: AssignmentSpec;
	receivedAt: number;
	// when this profile last handed it in, and which version of the assignment that was
	handedInAt?: number;
	handedInVersion?: number;
	// the name the student gave when handing in, offered again next time
	studentName?: string;
};
