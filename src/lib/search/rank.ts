// Orders the lessons MiniSearch found, so that a lesson with every query word comes first.

/** What MiniSearch reports per lesson (a subset of its SearchResult). */
export type LessonMatch = {
	id: string;
	score: number;
	// the index terms that matched (after prefix and typo expansion)
	terms: string[];
	// the query words that matched
	queryTerms: string[];
};

export type RankedLesson = { lessonId: string; score: number; terms: string[] };

/**
 * Scales each lesson's score by the square of the share of query words it contains, so a lesson
 * with both words of "Lachin corridor" beats one that repeats "corridor" often. Best first.
 */
export function rankLessons(matches: LessonMatch[], queryTermCount: number): RankedLesson[] {
	return matches
		.map((m) => {
			const coverage = queryTermCount ? Math.min(1, m.queryTerms.length / queryTermCount) : 1;
			return { lessonId: String(m.id), score: m.score * coverage * coverage, terms: m.terms };
		})
		.sort((a, b) => b.score - a.score || a.lessonId.localeCompare(b.lessonId));
}
