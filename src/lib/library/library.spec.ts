import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '$lib/content/model';
import {
	NO_FILTERS,
	activeFilters,
	filterChoices,
	filterLessons,
	isFiltered,
	lengthOf
} from './filters';
import { autoFillColumns, gridWindow } from './grid-window';

const entry = (id: string, minutes: number, level: string, topic = 'Conflict'): CatalogEntry => ({
	id,
	title: id.toUpperCase(),
	summary: '',
	topic,
	level,
	minutes,
	words: minutes * 200,
	questionKinds: [],
	sources: [],
	hash: id,
	pack: `/content/packs/${id}.json`,
	bytes: 1
});

const lessons = [
	entry('c', 25, 'Grades 11–12'),
	entry('a', 9, 'Advanced (grade 12+)', 'Media'),
	entry('b', 15, 'Grades 7–8'),
	entry('d', 30, 'Grades 7–8', 'Media')
];
const ids = (list: CatalogEntry[]) => list.map((l) => l.id);

describe('library filters', () => {
	it('sorts by title, length either way and reading level', () => {
		expect(ids(filterLessons(lessons, NO_FILTERS, () => false))).toEqual(['a', 'b', 'c', 'd']);
		const by = (sort: typeof NO_FILTERS.sort) =>
			ids(filterLessons(lessons, { ...NO_FILTERS, sort }, () => false));
		expect(by('shortest')).toEqual(['a', 'b', 'c', 'd']);
		expect(by('longest')).toEqual(['d', 'c', 'b', 'a']);
		// grades 7–8 before 11–12 before advanced; ties by title
		expect(by('level')).toEqual(['b', 'd', 'c', 'a']);
	});

	it('keeps only what every filter allows', () => {
		const only = (f: Partial<typeof NO_FILTERS>, stored = new Set<string>()) =>
			ids(filterLessons(lessons, { ...NO_FILTERS, ...f }, (id) => stored.has(id)));
		expect(only({ topic: 'Media' })).toEqual(['a', 'd']);
		expect(only({ level: 'Grades 7–8' })).toEqual(['b', 'd']);
		expect(only({ length: 'short' })).toEqual(['a']);
		expect(only({ length: 'medium' })).toEqual(['b']);
		expect(only({ length: 'long' })).toEqual(['c', 'd']);
		expect(only({ stored: 'stored' }, new Set(['c']))).toEqual(['c']);
		expect(only({ stored: 'not-stored' }, new Set(['c']))).toEqual(['a', 'b', 'd']);
		expect(only({ topic: 'Media', length: 'long' })).toEqual(['d']);
		expect(only({ topic: 'Nothing' })).toEqual([]);
	});

	it('buckets lengths at 10 and 20 minutes', () => {
		expect([10, 11, 20, 21].map(lengthOf)).toEqual(['short', 'medium', 'medium', 'long']);
	});

	it('offers each topic and level once, levels from easiest', () => {
		expect(filterChoices(lessons)).toEqual({
			topics: ['Conflict', 'Media'],
			levels: ['Grades 7–8', 'Grades 11–12', 'Advanced (grade 12+)']
		});
	});

	it('tells when any filter is set, sorting aside', () => {
		expect(isFiltered({ ...NO_FILTERS, sort: 'longest' })).toBe(false);
		expect(isFiltered({ ...NO_FILTERS, stored: 'stored' })).toBe(true);
		expect(activeFilters({ ...NO_FILTERS, topic: 'Media', length: 'long', sort: 'level' })).toBe(2);
	});
});

describe('grid window', () => {
	const base = { columns: 3, rowPitch: 110, gap: 10, viewportHeight: 500, overscanRows: 1 };

	it('renders the rows in view plus the overscan, and stands in for the rest', () => {
		// 100 items, 34 rows; scrolled 1,000 px into the list
		const w = gridWindow({ ...base, count: 100, listTop: -1000 });
		// rows 9..13 are in view (1000/110 = 9.09; 1500/110 = 13.6): 8..15 with overscan
		expect(w).toEqual({ first: 24, last: 45, before: 8 * 110, after: (34 - 15) * 110 });
		// the skipped and rendered rows add up to the grid's own height (34 rows, 33 gaps)
		const renderedRows = Math.ceil((w.last - w.first) / 3);
		expect(w.before + renderedRows * 110 - 10 + w.after).toBe(34 * 110 - 10);
	});

	it('starts at the top and ends at the last item', () => {
		expect(gridWindow({ ...base, count: 100, listTop: 200 })).toMatchObject({
			first: 0,
			before: 0
		});
		const end = gridWindow({ ...base, count: 100, listTop: -34 * 110 + 300 });
		expect(end.last).toBe(100);
		expect(end.after).toBe(0);
	});

	it('renders everything it cannot measure, and nothing of an empty list', () => {
		expect(gridWindow({ ...base, count: 7, rowPitch: 0, listTop: 0 })).toEqual({
			first: 0,
			last: 7,
			before: 0,
			after: 0
		});
		expect(gridWindow({ ...base, count: 0, listTop: 0 }).last).toBe(0);
	});

	it('keeps the full height when the list is far below the viewport', () => {
		const w = gridWindow({ ...base, count: 30, listTop: 5000 });
		expect(w.last - w.first).toBe(0);
		expect(w.before + w.after).toBe(10 * 110 - 10);
	});

	it('counts columns as CSS auto-fill does', () => {
		// 20rem columns with a 1rem gap at 16 px
		expect(autoFillColumns(320, 320, 16)).toBe(1);
		expect(autoFillColumns(655, 320, 16)).toBe(1);
		expect(autoFillColumns(656, 320, 16)).toBe(2);
		expect(autoFillColumns(200, 320, 16)).toBe(1);
		expect(autoFillColumns(1400, 320, 16)).toBe(4);
	});
});
