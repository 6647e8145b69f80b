import { CONTENT_LANG } from '$lib/content/content-lang';
import { m } from '$lib/paraglide/messages';

// the reading levels the build derives from a lesson's grade (compiler/stats.ts: levelForGrade),
// which stay English in the catalog (filters and sorting compare them), shown in the reader's words
const LEVELS = new Map<string, () => string>([
	['Grades 5–6', m.shell_level_5_6],
	['Grades 7–8', m.shell_level_7_8],
	['Grades 9–10', m.shell_level_9_10],
	['Grades 11–12', m.shell_level_11_12],
	['Advanced (grade 12+)', m.shell_level_advanced]
]);

/** A lesson's reading level in the interface's language; one the app does not know, as it is. */
export const levelLabel = (level: string): string => LEVELS.get(level)?.() ?? level;

/** The language of `levelLabel`'s words: the lesson's, for a level the app does not know. */
export const levelLang = (level: string): string | undefined =>
	LEVELS.has(level) ? undefined : CONTENT_LANG;
