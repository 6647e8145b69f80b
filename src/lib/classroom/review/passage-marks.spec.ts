import { describe, expect, it } from 'vitest';
import type { ReviewAnnotation, ReviewRow } from './review-types';
import { passageMarks } from './passage-marks';

const mark = (overrides: Partial<ReviewAnnotation>): ReviewAnnotation => ({
	id: 'm',
	lessonId: 'khojaly',
	lessonTitle: 'Khojaly',
	sourceId: 'report',
	paragraphId: 'p-1',
	exact: 'massacre',
	prefix: '',
	suffix: '',
	start: 0,
	kind: 'loaded-word',
	note: '',
	createdAt: 1,
	updatedAt: 1,
	...overrides
});
const row = (submissionId: string, annotations: ReviewAnnotation[]) =>
	({ submissionId, annotations }) as unknown as ReviewRow;

describe('passages the class marked', () => {
	it('counts students per paragraph and kind, each student once, the most marked first', () => {
		const passages = passageMarks([
			row('ann', [
				mark({ id: 'a1' }),
				mark({ id: 'a2', exact: 'killings' }),
				mark({ id: 'a3', paragraphId: 'p-2', kind: 'evidence' })
			]),
			row('ben', [mark({ id: 'b1' }), mark({ id: 'b2', kind: 'question' })]),
			row('cy', [mark({ id: 'c1', paragraphId: 'p-2', kind: 'evidence' })]),
			row('dee', [mark({ id: 'd1' })])
		]);
		expect(passages.map((p) => [p.paragraphId, p.students])).toEqual([
			['p-1', 3],
			['p-2', 2]
		]);
		expect(passages[0]!.byKind).toEqual([
			{ kind: 'loaded-word', students: 3 },
			{ kind: 'question', students: 1 }
		]);
		expect(passages[0]!.quotes).toEqual(['massacre', 'killings']);
	});

	it('is empty when no hand-in has any', () => {
		expect(passageMarks([row('ann', [])])).toEqual([]);
	});
});
