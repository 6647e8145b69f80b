import { describe, expect, it } from 'vitest';
import { optionId } from '$lib/content/choice-ids';
import {
	choiceFromPosition,
	isLegacyChoiceMarker,
	isPositionalChoice,
	legacyChoiceMarker,
	submissionWithOptionIds
} from './answers';

const positional = (choice: number, firstChoice: number) => ({
	kind: 'choice' as const,
	choice,
	firstChoice,
	attempts: 2
});

describe('answers from before option ids', () => {
	it('a position becomes the id of the text it pointed at in the version it was given against', () => {
		const texts = ['Monday', 'Tuesday', 'Friday'];
		expect(choiceFromPosition(positional(1, 2), texts)).toEqual({
			kind: 'choice',
			choice: optionId('Tuesday'),
			firstChoice: optionId('Friday'),
			attempts: 2
		});
	});

	it('without that version, or past its options, the position is kept as a marker', () => {
		expect(choiceFromPosition(positional(1, 0), undefined)).toEqual({
			kind: 'choice',
			choice: 'legacy-1',
			firstChoice: 'legacy-0',
			attempts: 2
		});
		expect(choiceFromPosition(positional(5, 0), ['a', 'b'])).toMatchObject({ choice: 'legacy-5' });
		expect(isLegacyChoiceMarker(legacyChoiceMarker(3))).toBe(true);
		expect(isLegacyChoiceMarker(optionId('legacy-3'))).toBe(false);
	});

	it('tells positional choices from choices by id', () => {
		expect(isPositionalChoice(positional(0, 0))).toBe(true);
		expect(isPositionalChoice({ kind: 'choice', choice: 'o-1', firstChoice: 'o-1' })).toBe(false);
		expect(isPositionalChoice({ kind: 'text', text: '1' })).toBe(false);
		expect(isPositionalChoice(undefined)).toBe(false);
	});

	it('a hand-in resolves each lesson by the hash the student had, and leaves the rest alone', () => {
		const text = { questionId: 'q-t', value: { kind: 'text', text: 'x' } };
		const file = {
			lessons: [
				{ id: 'a', hash: 'h-a', answers: [{ questionId: 'q', value: positional(0, 1) }, text] },
				{ id: 'b', hash: 'h-b', answers: [{ questionId: 'q', value: positional(0, 0) }] },
				{ id: 'c', hash: '', answers: [{ questionId: 'q', value: positional(1, 1) }] }
			]
		};
		const asked: string[] = [];
		const converted = submissionWithOptionIds(file, (id, hash) => {
			asked.push(`${id}:${hash}`);
			return hash === 'h-a' ? { q: ['yes', 'no'] } : undefined;
		});
		expect(asked).toEqual(['a:h-a', 'b:h-b']);
		expect(converted.lessons.map((l) => l.answers[0]!.value)).toEqual([
			{ kind: 'choice', choice: optionId('yes'), firstChoice: optionId('no'), attempts: 2 },
			{ kind: 'choice', choice: 'legacy-0', firstChoice: 'legacy-0', attempts: 2 },
			{ kind: 'choice', choice: 'legacy-1', firstChoice: 'legacy-1', attempts: 2 }
		]);
		expect(converted.lessons[0]!.answers[1]).toBe(text);
		// a hand-in with nothing to convert comes back as it was
		const current = { lessons: [{ id: 'a', hash: 'h', answers: [text] }] };
		expect(submissionWithOptionIds(current, () => undefined)).toBe(current);
	});
});
