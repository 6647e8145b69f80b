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
// by the link page itself (a format 2 link's fields are bounded as they are read). No messages
// here: the browser tests load it in Node to make links; link-fault-messages.ts words a fault in
// the interface's language.

/** The rule a field breaks. */
export type FaultRule =
	| 'object'
	| 'id'
	| 'version'
	| 'title'
	| 'instructions'
	| 'due'
	| 'hide-comments'
	| 'lessons'
	| 'lesson'
	| 'lesson-id'
	| 'hash'
	| 'required'
	| 'question-id'
	| 'listed-twice';

/** The first thing wrong with an assignment: where (a path in its data), which rule, what was there. */
export type AssignmentFault = { field: string; rule: FaultRule; got: unknown };

/** What a wrong value was, told without showing the whole of it. */
export type ValueShape =
	| { kind: 'nothing' }
	| { kind: 'list'; count: number }
	| { kind: 'object' }
	| { kind: 'long-text'; count: number }
	| { kind: 'literal'; text: string };

/** The first thing wrong with an assignment, or undefined when it is valid. */
export function assignmentFault(value: unknown): AssignmentFault | undefined {
	const fault = headerFault(value);
	if (fault) return fault;
	const { lessons } = value as { lessons: unknown[] };
	const seen = new Set<string>();
	for (const [index, lesson] of lessons.entries()) {
		const fault = lessonFault(lesson, `lessons[${index}]`);
		if (fault) return fault;
		const lessonId = (lesson as { id: string }).id;
		if (seen.has(lessonId))
			return { field: `lessons[${index}].id`, rule: 'listed-twice', got: lessonId };
		seen.add(lessonId);
	}
	return undefined;
}

// in English, for backups' diagnostics and the tests; the same words as messages/classroom/en.json
const EXPECTED: Record<Exclude<FaultRule, 'object' | 'listed-twice'>, string> = {
	id: `expected up to ${MAX_ASSIGNMENT_ID} lowercase letters, digits or '-'`,
	version: 'expected a whole number of 1 or more',
	title: `expected text of 1 to ${MAX_TITLE} characters`,
	instructions: `expected text of at most ${MAX_INSTRUCTIONS} characters`,
	due: 'expected a date like "2024-09-30" or none',
	'hide-comments': 'expected true or false',
	lessons: `expected a list of 1 to ${MAX_LESSONS} lessons`,
	lesson: 'expected a lesson',
	'lesson-id': 'expected a lesson id',
	hash: 'expected 6 to 12 lowercase hex digits',
	required: `expected a list of at most ${MAX_REQUIRED} question ids`,
	'question-id': 'expected a question id listed once'
};

/** The first thing wrong with an assignment, in English, naming its field; undefined when valid. */
export function assignmentProblem(value: unknown): string | undefined {
	const fault = assignmentFault(value);
	if (!fault) return undefined;
	const { field, rule, got } = fault;
	if (rule === 'object') return `the assignment: expected an object, got ${describe(got)}`;
	if (rule === 'listed-twice') return `${field}: "${String(got)}" is listed twice`;
	return `${field}: ${EXPECTED[rule]}, got ${describe(got)}`;
}

// everything but the lessons' own fields
function headerFault(value: unknown): AssignmentFault | undefined {
	if (!isRecord(value)) return { field: '', rule: 'object', got: value };
	const { id, version, title, instructions, due, lessons, hideComments } = value;
	if (typeof id !== 'string' || !new RegExp(`^[a-z0-9-]{1,${MAX_ASSIGNMENT_ID}}$`).test(id)) {
		return { field: 'id', rule: 'id', got: id };
	}
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
		return { field: 'version', rule: 'version', got: version };
	}
	if (typeof title !== 'string' || !title.trim() || title.length > MAX_TITLE) {
		return { field: 'title', rule: 'title', got: title };
	}
	if (typeof instructions !== 'string' || instructions.length > MAX_INSTRUCTIONS) {
		return { field: 'instructions', rule: 'instructions', got: instructions };
	}
	if (due !== null && !isCalendarDate(due)) return { field: 'due', rule: 'due', got: due };
	if (typeof hideComments !== 'boolean') {
		return { field: 'hideComments', rule: 'hide-comments', got: hideComments };
	}
	if (!Array.isArray(lessons) || lessons.length < 1 || lessons.length > MAX_LESSONS) {
		return { field: 'lessons', rule: 'lessons', got: lessons };
	}
	return undefined;
}

function lessonFault(lesson: unknown, where: string): AssignmentFault | undefined {
	if (!isRecord(lesson)) return { field: where, rule: 'lesson', got: lesson };
	const { id, hash, required } = lesson;
	if (!isContentId(id)) return { field: `${where}.id`, rule: 'lesson-id', got: id };
	// 12 digits in what the teacher's device stores and in format 1 links, 6 in format 2 links
	if (typeof hash !== 'string' || !/^[0-9a-f]{6,12}$/.test(hash)) {
		return { field: `${where}.hash`, rule: 'hash', got: hash };
	}
	if (!Array.isArray(required) || required.length > MAX_REQUIRED) {
		return { field: `${where}.required`, rule: 'required', got: required };
	}
	const seen = new Set<unknown>();
	for (const [index, questionId] of required.entries()) {
		if (!isContentId(questionId) || seen.has(questionId)) {
			return { field: `${where}.required[${index}]`, rule: 'question-id', got: questionId };
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

/** What a value is, without the whole of a long one. */
export function shapeOf(value: unknown): ValueShape {
	if (value === undefined) return { kind: 'nothing' };
	if (value === null) return { kind: 'literal', text: 'null' };
	if (Array.isArray(value)) return { kind: 'list', count: value.length };
	if (typeof value === 'object') return { kind: 'object' };
	if (typeof value === 'string' && value.length > 40)
		return { kind: 'long-text', count: value.length };
	return { kind: 'literal', text: JSON.stringify(value) ?? String(value) };
}

function describe(value: unknown): string {
	const shape = shapeOf(value);
	if (shape.kind === 'nothing') return 'nothing';
	if (shape.kind === 'list') return `a list of ${shape.count}`;
	if (shape.kind === 'object') return 'an object';
	if (shape.kind === 'long-text') return `${shape.count} characters of text`;
	return shape.text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
