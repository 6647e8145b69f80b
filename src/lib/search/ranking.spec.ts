import { describe, expect, it } from 'vitest';
import type { IndexedDoc } from './documents';
import { locateHits } from './locate';
import { postingsOf } from './postings';
import { rankLessons } from './rank';
import { editDistance, relateTerms } from './relate-terms';

describe('ranking lessons', () => {
	it('puts a lesson with every query word above one that repeats a single word', () => {
		const ranked = rankLessons(
			[
				{ id: 'repeats', score: 10, terms: ['corridor'], queryTerms: ['corridor'] },
				{ id: 'both', score: 6, terms: ['lachin', 'corridor'], queryTerms: ['lachin', 'corridor'] }
			],
			2
		);
		expect(ranked.map((r) => r.lessonId)).toEqual(['both', 'repeats']);
		expect(ranked[1]!.score).toBeCloseTo(10 / 4);
	});
});

describe('relating matched terms to the query', () => {
	it('weighs exact above prefix above typo', () => {
		const related = relateTerms(['massacre', 'massacres', 'masacre'], ['massacre']);
		const weight = Object.fromEntries(related.map((r) => [r.term, r.weight]));
		expect(weight.massacre).toBe(1);
		expect(weight.massacres).toBeLessThan(1);
		expect(weight.masacre).toBeLessThan(weight.massacres!);
		expect(related.every((r) => r.queryTerm === 'massacre')).toBe(true);
	});

	it('gives each term the query word it came from', () => {
		const related = relateTerms(
			['lachin', 'corridors', 'khojaly'],
			['lachin', 'corrid', 'khojali']
		);
		expect(related.map((r) => [r.term, r.queryTerm])).toEqual([
			['lachin', 'lachin'],
			['corridors', 'corrid'],
			['khojaly', 'khojali']
		]);
	});

	it('counts edits, stopping early past the limit', () => {
		expect(editDistance('khojali', 'khojaly', 2)).toBe(1);
		expect(editDistance('armenain', 'armenian', 2)).toBe(2);
		expect(editDistance('abc', 'xyzxyz', 1)).toBe(2);
	});
});

describe('finding the hits within a lesson', () => {
	const docs: IndexedDoc[] = [
		{ kind: 'title', text: 'The corridor' },
		{ kind: 'summary', text: 'A summary' },
		{ kind: 'glossary', termId: 'lachin', term: 'Lachin', text: 'Lachin: a road' },
		{ kind: 'passage', sourceId: 's', blockId: 'p-1', text: 'Lachin corridor, Lachin' },
		{ kind: 'passage', sourceId: 's', blockId: 'p-2', text: 'Lachin' },
		{ kind: 'passage', sourceId: 's', blockId: 'p-3', text: 'Lachin' }
	];
	const postings = postingsOf(
		[
			' corridor ',
			' summary ',
			' lachin road ',
			' lachin corridor lachin ',
			' lachin ',
			' lachin '
		].join('\n')
	);

	it('orders by kind and by how many query words a document has; three at most', () => {
		const matched = relateTerms(['lachin', 'corridor'], ['lachin', 'corridor']);
		const hits = locateHits(docs, postings, matched);
		expect(hits.map((h) => h.n)).toEqual([0, 3, 2]);
		expect(hits[1]!.terms.sort()).toEqual(['corridor', 'lachin']);
	});

	it('keeps reading order among equal documents', () => {
		const hits = locateHits(docs, postings, relateTerms(['lachin'], ['lachin']), 5);
		expect(hits.map((h) => h.n)).toEqual([2, 3, 4, 5]);
	});
});
