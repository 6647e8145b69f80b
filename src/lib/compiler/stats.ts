import type { ReadingStats } from '../content/schema/compiled';

// school readers: about 200 words a minute for careful reading of non-fiction
const WORDS_PER_MINUTE = 200;

export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A heuristic English syllable count; good enough for a readability grade. */
export function syllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length === 0) return 0;
	if (w.length <= 3) return 1;
	const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
	const groups = trimmed.match(/[aeiouy]{1,2}/g);
	return Math.max(1, groups ? groups.length : 1);
}

function sentenceCount(text: string): number {
	const count = text.split(/[.!?]+(?:\s|$)/).filter((s) => words(s).length > 0).length;
	return Math.max(1, count);
}

/** Word count, minutes to read and Flesch–Kincaid grade for a list of paragraphs. */
export function readingStats(paragraphs: string[]): ReadingStats {
	const all = paragraphs.join('\n');
	const list = words(all);
	if (list.length === 0) return { words: 0, minutes: 0, grade: 0 };
	const sentences = paragraphs.reduce((sum, p) => sum + sentenceCount(p), 0);
	const syllableTotal = list.reduce((sum, w) => sum + syllables(w), 0);
	const grade = 0.39 * (list.length / sentences) + 11.8 * (syllableTotal / list.length) - 15.59;
	return {
		words: list.length,
		minutes: Math.max(1, Math.round(list.length / WORDS_PER_MINUTE)),
		grade: Math.round(Math.max(0, grade) * 10) / 10
	};
}

/** A level a teacher recognises, derived from the grade rather than typed by hand. */
export function levelForGrade(grade: number): string {
	if (grade < 7) return 'Grades 5–6';
	if (grade < 9) return 'Grades 7–8';
	if (grade < 11) return 'Grades 9–10';
	if (grade < 13) return 'Grades 11–12';
	return 'Advanced (grade 12+)';
}
