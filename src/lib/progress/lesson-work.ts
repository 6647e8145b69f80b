import type { CompiledLesson, CompiledSource, GlossaryEntry } from '$lib/content/model';
import { evidenceChoices } from '$lib/content/evidence-choices';
import { answersFor, getDb, getLesson } from '$lib/db';
import { annotationsFor } from '$lib/db/annotations/annotations-repo';
import type { Annotation, AnswerValue } from '$lib/model';
import type { ParagraphLookup } from '$lib/questions/answer-text';

/** One student's work on one lesson, for the "My work" page and the worksheet. */
export type LessonWork = {
	lesson: CompiledLesson;
	glossary: GlossaryEntry[];
	sources: CompiledSource[];
	// question id → the answer given
	values: Map<string, AnswerValue>;
	/** this reader's highlights and notes on the lesson, in the order they were made */
	annotations: Annotation[];
};

/** The lesson and this profile's answers and annotations on it; null when the lesson is not on this device. */
export async function lessonWork(profileId: string, lessonId: string): Promise<LessonWork | null> {
	const db = getDb();
	const [found, answers, annotations] = await Promise.all([
		getLesson(db, lessonId),
		answersFor(db, profileId, lessonId),
		annotationsFor(db, profileId, lessonId)
	]);
	if (!found) return null;
	const values = new Map(answers.map((a) => [a.questionId, a.value]));
	const { lesson, glossary } = found.stored;
	return { lesson, glossary, sources: found.sources, values, annotations };
}

/** A paragraph's words, or a comment's, from the lesson's own sources. */
export const paragraphsOf =
	(sources: CompiledSource[]): ParagraphLookup =>
	(sourceId, blockId) => {
		const source = sources.find((s) => s.id === sourceId);
		return source && evidenceChoices(source).find((b) => b.id === blockId)?.text;
	};
