import { describe, expect, it } from 'vitest';
import { buildSnippet } from './snippet';
import type { Segment } from './types';

const plain = (segments: Segment[]) => segments.map((s) => s.text).join('');
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('snippets', () => {
	it('marks every matched word of a short text, whatever its case and accents', () => {
		const segments = buildSnippet(
			'Khojaly (Xocalı), the massacre at KHOJALY.',
			new Set(['khojaly', 'xocali'])
		);
		expect(segments).toEqual([
			{ text: 'Khojaly', match: true },
			{ text: ' (', match: false },
			{ text: 'Xocalı', match: true },
			{ text: '), the massacre at ', match: false },
			{ text: 'KHOJALY', match: true },
			{ text: '.', match: false }
		]);
	});

	it('does not mark words that only contain a matched term', () => {
		const segments = buildSnippet('massacres and a massacre', new Set(['massacre']));
		expect(marked(segments)).toEqual(['massacre']);
		expect(segments[0]).toEqual({ text: 'massacres and a ', match: false });
	});

	it('shows about 160 characters around the first match, cut at whole words with ellipses', () => {
		const before =
			'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor. '.repeat(4);
		const after =
			' incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud.'.repeat(
				4
			);
		const text = `${before}The corridor was closed${after}`;
		const segments = buildSnippet(text, new Set(['corridor']));
		const shown = plain(segments);
		expect(shown.startsWith('…')).toBe(true);
		expect(shown.endsWith('…')).toBe(true);
		expect(shown.length).toBeLessThanOrEqual(162);
		expect(shown.length).toBeGreaterThan(130);
		expect(marked(segments)).toEqual(['corridor']);
		// whole words at both ends: the text between the ellipses is a slice starting and ending on a word
		const inner = shown.slice(1, -1);
		const at = text.indexOf(inner);
		expect(at).toBeGreaterThan(0);
		expect(text[at - 1]).toMatch(/\s/);
		expect(text[at + inner.length]).toMatch(/[\s.]/);
		// the match sits in the first half, so what follows it is visible
		expect(inner.indexOf('corridor')).toBeLessThan(inner.length / 2);
	});

	it('starts at the beginning when the text has no match, ending with an ellipsis', () => {
		const text = 'word '.repeat(60).trim();
		const segments = buildSnippet(text, new Set(['absent']));
		expect(segments).toHaveLength(1);
		expect(segments[0]!.match).toBe(false);
		expect(segments[0]!.text).toMatch(/^word word .* word…$/);
		expect(segments[0]!.text.length).toBeLessThanOrEqual(161);
	});

	it('keeps a match near the end of a long text, with no ellipsis after it', () => {
		const text = `${'word '.repeat(60)}final corridor`;
		const shown = plain(buildSnippet(text, new Set(['corridor'])));
		expect(shown.startsWith('…')).toBe(true);
		expect(shown.endsWith('final corridor')).toBe(true);
	});
});
