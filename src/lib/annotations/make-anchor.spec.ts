import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS } from './anchor-types';
import { makeAnchor } from './make-anchor';

const where = { lessonId: 'lesson', sourceId: 'source' };
const paragraph = {
	id: 'p-1',
	text: 'The ministry said on Monday that the convoy had crossed the bridge before dawn, officials said.'
};

describe('makeAnchor', () => {
	it('keeps the quote, up to 32 characters either side, and where it starts', () => {
		const start = paragraph.text.indexOf('the convoy');
		const anchor = makeAnchor(where, paragraph, start, start + 'the convoy had crossed'.length)!;
		expect(anchor).toEqual({
			lessonId: 'lesson',
			sourceId: 'source',
			paragraphId: 'p-1',
			exact: 'the convoy had crossed',
			prefix: 'he ministry said on Monday that ',
			suffix: ' the bridge before dawn, officia',
			start
		});
		expect(anchor.suffix).toHaveLength(CONTEXT_CHARS);
	});

	it('keeps a shorter context at the paragraph’s start and end', () => {
		const anchor = makeAnchor(where, paragraph, 0, 3)!;
		expect(anchor.prefix).toBe('');
		expect(makeAnchor(where, paragraph, 4, 12)).toMatchObject({
			exact: 'ministry',
			prefix: 'The '
		});
		const end = paragraph.text.length;
		const last = makeAnchor(where, paragraph, end - 'said.'.length, end)!;
		expect([last.exact, last.suffix]).toEqual(['said.', '']);
	});

	it('leaves whitespace at the ends of a selection out', () => {
		const start = paragraph.text.indexOf(' Monday ');
		const anchor = makeAnchor(where, paragraph, start, start + ' Monday '.length)!;
		expect([anchor.exact, anchor.start]).toEqual(['Monday', start + 1]);
		expect(anchor.prefix.endsWith('on ')).toBe(true);
		expect(anchor.suffix.startsWith(' that')).toBe(true);
	});

	it('gives nothing for an empty or blank range, and clamps a range past the text', () => {
		expect(makeAnchor(where, paragraph, 5, 5)).toBeUndefined();
		expect(makeAnchor(where, { id: 'p', text: 'a   b' }, 1, 4)).toBeUndefined();
		expect(makeAnchor(where, paragraph, paragraph.text.length - 5, 1000)?.exact).toBe('said.');
		expect(makeAnchor(where, paragraph, -10, 3)).toMatchObject({ exact: 'The', start: 0 });
	});
});
