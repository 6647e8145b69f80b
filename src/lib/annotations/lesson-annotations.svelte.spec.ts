import { describe, expect, it } from 'vitest';
import type { CompiledSource } from '$lib/content/model';
import type { Annotation } from '$lib/model';
import { LessonAnnotations } from './lesson-annotations.svelte';
import { makeAnchor } from './make-anchor';

const text = 'The ministry said on Monday that the convoy had crossed the bridge before dawn.';
const source = {
	id: 'source',
	blocks: [{ id: 'p-1', text }],
	comments: []
} as unknown as CompiledSource;

function annotation(words: string, note = ''): Annotation {
	const start = text.indexOf(words);
	const anchor = makeAnchor(
		{ lessonId: 'lesson', sourceId: 'source' },
		{ id: 'p-1', text },
		start,
		start + words.length
	)!;
	return {
		...anchor,
		id: 'an-1',
		profileId: 'me',
		kind: 'evidence',
		note,
		createdAt: 1,
		updatedAt: 1
	};
}

describe('where a lesson’s highlights are placed', () => {
	it('stays the same while only a note or a kind changes, so typing a note redraws nothing', () => {
		const annotations = new LessonAnnotations('lesson', [source]);
		annotations.rows = [annotation('the convoy')];
		const placed = annotations.placements;
		expect(placed.get('an-1')).toMatchObject({ placed: true, start: text.indexOf('the convoy') });

		annotations.rows = [{ ...annotation('the convoy', 'who says so?'), kind: 'question' }];
		expect(annotations.placements).toBe(placed);
	});

	it('is placed again when a highlight’s words change, comes or goes', () => {
		const annotations = new LessonAnnotations('lesson', [source]);
		annotations.rows = [annotation('the convoy')];
		const first = annotations.placements;
		annotations.rows = [annotation('the bridge')];
		const moved = annotations.placements;
		expect(moved).not.toBe(first);
		expect(moved.get('an-1')).toMatchObject({ start: text.indexOf('the bridge') });
		annotations.rows = [];
		expect(annotations.placements.size).toBe(0);
	});
});
