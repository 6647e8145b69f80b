import { m } from '$lib/paraglide/messages';
import { shapeOf, type AssignmentFault } from './link-check';
import {
	MAX_ASSIGNMENT_ID,
	MAX_INSTRUCTIONS,
	MAX_LESSONS,
	MAX_REQUIRED,
	MAX_TITLE
} from './link-limits';

// What is wrong with an assignment's data, in the interface's language: the field keeps its name
// in the data (a path like lessons[0].hash), the rest is words.

/** The first thing wrong with an assignment, naming its field. */
export function faultMessage({ field, rule, got }: AssignmentFault): string {
	const value = valueWords(got);
	switch (rule) {
		case 'object':
			return m.linkfault_fault_object({ value });
		case 'id':
			return m.linkfault_fault_id({ field, max: MAX_ASSIGNMENT_ID, value });
		case 'version':
			return m.linkfault_fault_version({ field, value });
		case 'title':
			return m.linkfault_fault_title({ field, max: MAX_TITLE, value });
		case 'instructions':
			return m.linkfault_fault_instructions({ field, max: MAX_INSTRUCTIONS, value });
		case 'due':
			return m.linkfault_fault_due({ field, value });
		case 'hide-comments':
			return m.linkfault_fault_hide_comments({ field, value });
		case 'lessons':
			return m.linkfault_fault_lessons({ field, max: MAX_LESSONS, value });
		case 'lesson':
			return m.linkfault_fault_lesson({ field, value });
		case 'lesson-id':
			return m.linkfault_fault_lesson_id({ field, value });
		case 'hash':
			return m.linkfault_fault_hash({ field, value });
		case 'required':
			return m.linkfault_fault_required({ field, max: MAX_REQUIRED, value });
		case 'question-id':
			return m.linkfault_fault_question_id({ field, value });
		case 'listed-twice':
			return m.linkfault_fault_listed_twice({ field, id: String(got) });
	}
}

function valueWords(value: unknown): string {
	const shape = shapeOf(value);
	switch (shape.kind) {
		case 'nothing':
			return m.linkfault_value_nothing();
		case 'list':
			return m.linkfault_value_list({ count: shape.count });
		case 'object':
			return m.linkfault_value_object();
		case 'long-text':
			return m.linkfault_value_long_text({ count: shape.count });
		case 'literal':
			return shape.text;
	}
}
