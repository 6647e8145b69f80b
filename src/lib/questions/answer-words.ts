import { getLocale } from '$lib/i18n/runtime';
import { m } from '$lib/paraglide/messages';
import type { AnswerWords } from './answer-text';

/** An answer's words in the interface's language: the review and a student's own work (the
 * gradebook CSV keeps ENGLISH_ANSWER_WORDS). */
export function answerWords(): AnswerWords {
	const either = new Intl.ListFormat(getLocale(), { type: 'disjunction' });
	return {
		earlierVersion: m.answer_earlier_version(),
		unknownOption: m.answer_unknown_option(),
		lessonMissing: m.answer_lesson_missing(),
		paragraph: (id) => m.answer_paragraph({ id }),
		firstTry: (answer, first) => m.answer_first_try({ answer, first }),
		quote: (text) => m.answer_quote({ text }),
		either: (answers) => either.format(answers)
	};
}
