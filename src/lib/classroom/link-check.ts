import {
	MAX_ASSIGNMENT_ID,
	MAX_CONTENT_ID,
	MAX_INSTRUCTIONS,
	MAX_LESSONS,
	MAX_REQUIRED,
	MAX_TITLE
} from './link-limits';

// Every field of an assignment checked, each problem named: for format 1 links (whose JSON could
// hold anything), for what the teacher's device turns into a link, and for backups. Not loaded
// by the link page itself (a format 2 link's fields are bounded as they are read).

/** The first thing wrong with an assignment, naming its field, or undefined when it is valid. */
export function assignmentProblem(value: unknown): string | undefined {
	const problem = headerProblem(value);
	if (problem) return problem;
	const { lessons } = value as { lessons: unknown[] };
	const seen = new Set<string>();
	for (const [index, lesson] of lessons.entries()) {
		const problem = lessonProblem(lesson, `lessons[${index}]`);
		if (problem) return problem;
		const lessonId = (lesson as { id: string }).id;
		if (seen.has(lessonId)) return `lessons[${index}].id: "${lessonId}" is listed twice`;
		seen.add(lessonId);
	}
	return undefined;
}

// everything but the lessons' own fields
function headerProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return `the assignment: expected an object, got ${describe(value)}`;
	const { id, version, title, instructions, due, lessons, hideComments } = value;
	if (typeof id !== 'string' || !new RegExp(`^[a-z0-9-]{1,${MAX_ASSIGNMENT_ID}}$`).test(id)) {
		return `id: expected up to ${MAX_ASSIGNMENT_ID} lowercase letters, digits or '-', got ${describe(id)}`;
	}
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
		return `version: expected a whole number of 1 or more, got ${describe(version)}`;
	}
	if (typeof title !== 'string' || !title.trim() || title.length > MAX_TITLE) {
		return `title: expected text of 1 to ${MAX_TITLE} characters, got ${describe(title)}`;
	}
	if (typeof instructions !== 'string' || instructions.length > MAX_INSTRUCTIONS) {
		return `instructions: expected text of at most ${MAX_INSTRUCTIONS} characters, got ${describe(instructions)}`;
	}
	if (due !== null && !isCalendarDate(due)) {
		return `due: expected a date like "2024-09-30" or none, got ${describe(due)}`;
	}
	if (typeof hideComments !== 'boolean') {
		return `hideComments: expected true or false, got ${describe(hideComments)}`;
	}
	if (!Array.isArray(lessons) || lessons.length < 1 || lessons.length > MAX_LESSONS) {
		return `lessons: expected a list of 1 to ${MAX_LESSONS} lessons, got ${describe(lessons)}`;
	}
	return undefined;
}

function lessonProblem(lesson: unknown, where: string): string | undefined {
	if (!isRecord(lesson)) return `${where}: expected a lesson, got ${describe(lesson)}`;
	const { id, hash, required } = lesson;
	if (!isContentId(id)) return `${where}.id: expected a lesson id, got ${describe(id)}`;
	// 12 digits in what the teacher's device stores and in format 1 links, 6 in format 2 links
	if (typeof hash !== 'string' || !/^[0-9a-f]{6,12}$/.test(hash)) {
		return `${where}.hash: expected 6 to 12 lowercase hex digits, got ${describe(hash)}`;
	}
	if (!Array.isArray(required) || required.length > MAX_REQUIRED) {
		return `${where}.required: expected a list of at most ${MAX_REQUIRED} question ids, got ${describe(required)}`;
	}
	const seen = new Set<unknown>();
	for (const [index, questionId] of required.entries()) {
		if (!isContentId(questionId) || seen.has(questionId)) {
			return `${where}.required[${index}]: expected a question id listed once, got ${describe(questionId)}`;
		}
		seen.add(questionId);
	}
	return undefined;
}

function isContentId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= MAX_CONTENT_ID && /^[a-z0-9-]+$/.test(value);
}

// a real day: 2024-02-30 matches the pattern, but is not a date
function isCalendarDate(value: unknown): boolean {
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1000;
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string' && value.length > 40) return `${value.length} characters of text`;
	return JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
