import { describe, expect, it } from 'vitest';
import { choiceOrder, seededShuffle } from './choice-order';

const options = ['a', 'b', 'c', 'd', 'e'];

describe('choiceOrder', () => {
	it('is the same for the same profile, lesson and question, every time', () => {
		const first = choiceOrder(options, 'profile-1', 'khojaly-1992', 'mc-1');
		for (let i = 0; i < 5; i++) {
			expect(choiceOrder(options, 'profile-1', 'khojaly-1992', 'mc-1')).toEqual(first);
		}
	});

	it('is a permutation of the options, never dropping or repeating one', () => {
		for (let p = 0; p < 200; p++) {
			const order = choiceOrder(options, `profile-${p}`, 'lesson', 'q');
			expect([...order].sort()).toEqual(options);
		}
		expect(choiceOrder([], 'p', 'l', 'q')).toEqual([]);
		expect(choiceOrder(['only'], 'p', 'l', 'q')).toEqual(['only']);
	});

	it('differs between profiles, and between questions', () => {
		const orders = new Set(
			Array.from({ length: 50 }, (_, p) =>
				choiceOrder(options, `profile-${p}`, 'lesson', 'q').join('')
			)
		);
		// 120 orders are possible: 50 profiles land on many of them, not one
		expect(orders.size).toBeGreaterThan(20);
		expect(choiceOrder(options, 'ana', 'lesson', 'q')).not.toEqual(
			choiceOrder(options, 'ben', 'lesson', 'q')
		);
		const byQuestion = new Set(
			Array.from({ length: 20 }, (_, q) => choiceOrder(options, 'ana', 'l', `q${q}`).join(''))
		);
		expect(byQuestion.size).toBeGreaterThan(5);
	});

	it('puts each option first about equally often', () => {
		const first = new Map<string, number>();
		for (let p = 0; p < 5000; p++) {
			const top = choiceOrder(options, `p${p}`, 'l', 'q')[0]!;
			first.set(top, (first.get(top) ?? 0) + 1);
		}
		for (const option of options) {
			expect(first.get(option)).toBeGreaterThan(800);
			expect(first.get(option)).toBeLessThan(1200);
		}
	});

	it('keeps the ids apart: ("ab", "c") and ("a", "bc") are different seeds', () => {
		const many = Array.from({ length: 8 }, (_, i) => i);
		expect(seededShuffle(many, 'x')).toEqual(seededShuffle(many, 'x'));
		expect(choiceOrder(many, 'ab', 'c', 'q')).not.toEqual(choiceOrder(many, 'a', 'bc', 'q'));
	});
});
