import { describe, expect, it } from 'vitest';
import type { Annotation } from '$lib/model';
import { matchAnnotations } from './match-annotations';

const row = (id: string, exact: string, note = '', updatedAt = 1): Annotation => ({
	id,
	profileId: 'p1',
	lessonId: 'l1',
	sourceId: 's1',
	paragraphId: 'p-1',
	exact,
	prefix: '',
	suffix: '',
	start: 0,
	kind: note ? 'note' : 'evidence',
	note,
	createdAt: 1,
	updatedAt
});

describe('matchAnnotations', () => {
	const rows = [
		row('a', 'Armenia denies the charge.'),
		row('b', 'the thirty-second anniversary', 'Whose count is this?', 5),
		row('c', 'near Xocalı', 'check the glossary', 3)
	];

	it('finds words of the marked text and of the note, by the start of a word', () => {
		expect(matchAnnotations(rows, 'denies').map((r) => r.id)).toEqual(['a']);
		expect(matchAnnotations(rows, 'whose cou').map((r) => r.id)).toEqual(['b']);
		expect(matchAnnotations(rows, 'annivers').map((r) => r.id)).toEqual(['b']);
	});

	it('folds case and diacritics as the library search does', () => {
		expect(matchAnnotations(rows, 'XOCALI').map((r) => r.id)).toEqual(['c']);
	});

	it('needs every word, and does not match inside a word', () => {
		expect(matchAnnotations(rows, 'denies count')).toEqual([]);
		expect(matchAnnotations(rows, 'harge')).toEqual([]);
	});

	it('puts the most recently changed first, and finds nothing for stop words alone', () => {
		expect(matchAnnotations(rows, 'the').map((r) => r.id)).toEqual([]);
		expect(matchAnnotations(rows, 'check OR count').map((r) => r.id)).toEqual([]);
		expect(
			matchAnnotations([...rows, row('d', 'count again', '', 9)], 'count').map((r) => r.id)
		).toEqual(['d', 'b']);
	});
});
