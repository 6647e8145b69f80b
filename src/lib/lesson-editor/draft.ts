// Making drafts: empty ones, and a pasted article's paragraphs.
import type { QuestionKind } from '../content/schema/kinds';
import type { DraftQuestion, DraftSource, LessonDraft } from '../model/lesson-draft';

export type * from '../model/lesson-draft';

export function emptyQuestion(id: string, kind: QuestionKind): DraftQuestion {
	return {
		id,
		kind,
		prompt: '',
		hints: '',
		modelAnswer: '',
		choices: ['', ''],
		correct: 0,
		explanation: '',
		source: '',
		quotes: [''],
		compare: []
	};
}

export function emptySource(id: string): DraftSource {
	return {
		id,
		title: '',
		outlet: '',
		authors: '',
		date: '',
		kind: 'news-report',
		perspective: '',
		original: ''
	};
}

export function emptyDraft(id: string, now = Date.now()): LessonDraft {
	return {
		id,
		lessonId: '',
		title: '',
		madeBy: '',
		summary: '',
		topic: '',
		contentNote: '',
		balanceNote: '',
		teacherGuide: '',
		sources: [emptySource('source-1'), emptySource('source-2')],
		claims: [],
		questions: [],
		glossary: [],
		updatedAt: now
	};
}

/** The paragraphs of a pasted article: blank lines separate them, line breaks inside are spaces. */
export function paragraphsOf(original: string): string[] {
	return original
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean);
}

/** The first id `prefix-N` (counting from the list's length + 1) that no item has yet. */
export function nextId(prefix: string, items: readonly { id: string }[]): string {
	let n = items.length + 1;
	while (items.some((item) => item.id === `${prefix}-${n}`)) n++;
	return `${prefix}-${n}`;
}
