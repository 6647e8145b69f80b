import type { CatalogEntry } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';

export type LengthBucket = 'any' | 'short' | 'medium' | 'long';
export type StoredFilter = 'any' | 'stored' | 'not-stored';
export type LessonSort = 'title' | 'shortest' | 'longest' | 'level';

/** What the library shows: '' for topic or level means any. */
export type LibraryFilters = {
	topic: string;
	level: string;
	length: LengthBucket;
	stored: StoredFilter;
	sort: LessonSort;
};

export const NO_FILTERS: LibraryFilters = {
	topic: '',
	level: '',
	length: 'any',
	stored: 'any',
	sort: 'title'
};

// each choice's words, as messages called where the choice is shown
export const lengthLabels: Record<LengthBucket, () => string> = {
	any: m.library_length_any,
	short: m.library_length_short,
	medium: m.library_length_medium,
	long: m.library_length_long
};

export const storedLabels: Record<StoredFilter, () => string> = {
	any: m.library_stored_any,
	stored: m.library_stored_here,
	'not-stored': m.library_stored_not
};

export const sortLabels: Record<LessonSort, () => string> = {
	title: m.library_sort_title,
	shortest: m.library_sort_shortest,
	longest: m.library_sort_longest,
	level: m.library_sort_level
};

export function lengthOf(minutes: number): Exclude<LengthBucket, 'any'> {
	if (minutes <= 10) return 'short';
	return minutes <= 20 ? 'medium' : 'long';
}

// levels read "Grades 7–8" or "Advanced (grade 12+)": the first number orders them
const levelRank = (level: string) => Number(level.match(/\d+/)?.[0] ?? Infinity);

// one collator for thousands of comparisons: far faster than String#localeCompare each time
const collator = new Intl.Collator(undefined, { numeric: true });
const byTitle = (a: CatalogEntry, b: CatalogEntry) => collator.compare(a.title, b.title);
const comparators: Record<LessonSort, (a: CatalogEntry, b: CatalogEntry) => number> = {
	title: byTitle,
	shortest: (a, b) => a.minutes - b.minutes || byTitle(a, b),
	longest: (a, b) => b.minutes - a.minutes || byTitle(a, b),
	level: (a, b) => levelRank(a.level) - levelRank(b.level) || byTitle(a, b)
};

export function sortLessons<T extends CatalogEntry>(lessons: readonly T[], sort: LessonSort): T[] {
	return [...lessons].sort(comparators[sort]);
}

/** The lessons the filters let through, in the chosen order. */
export function filterLessons<T extends CatalogEntry>(
	lessons: readonly T[],
	filters: LibraryFilters,
	isStored: (id: string) => boolean
): T[] {
	const kept = lessons.filter(
		(lesson) =>
			(!filters.topic || lesson.topic === filters.topic) &&
			(!filters.level || lesson.level === filters.level) &&
			(filters.length === 'any' || lengthOf(lesson.minutes) === filters.length) &&
			(filters.stored === 'any' || isStored(lesson.id) === (filters.stored === 'stored'))
	);
	return sortLessons(kept, filters.sort);
}

/** The topics and levels to offer, each once, in a sensible order. */
export function filterChoices(lessons: readonly CatalogEntry[]) {
	const topics = [...new Set(lessons.map((l) => l.topic))].sort(collator.compare);
	const levels = [...new Set(lessons.map((l) => l.level))].sort(
		(a, b) => levelRank(a) - levelRank(b) || collator.compare(a, b)
	);
	return { topics, levels };
}

/** How many filters are set, sorting aside. */
export const activeFilters = (filters: LibraryFilters) =>
	[
		filters.topic !== '',
		filters.level !== '',
		filters.length !== 'any',
		filters.stored !== 'any'
	].filter(Boolean).length;

export const isFiltered = (filters: LibraryFilters) => activeFilters(filters) > 0;
