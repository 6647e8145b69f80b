import { describe, expect, it } from 'vitest';
import { makeAnchor } from './make-anchor';
import { reanchor } from './reanchor';
import { indexSource } from './source-index';
import { ARTICLE, anchorOn, edited, paragraphs, placedText } from './test-text';

/** Re-anchors `anchor` in `texts` and says what text it landed on and how. */
function land(anchor: ReturnType<typeof anchorOn>, texts: readonly string[]) {
	const source = paragraphs(texts);
	const placement = reanchor(anchor, source);
	return { placement, text: placedText(placement, source), how: placement.placed && placement.how };
}

describe('reanchor: the text did not change', () => {
	it('finds the quote at its stored place', () => {
		const anchor = anchorOn(ARTICLE, 1, 'stopped twice');
		const { placement } = land(anchor, ARTICLE);
		expect(placement).toEqual({
			placed: true,
			paragraphId: anchor.paragraphId,
			start: anchor.start,
			end: anchor.start + 'stopped twice'.length,
			how: 'exact'
		});
	});

	it('re-anchors every annotation of an account against one prepared index', () => {
		const texts = edited(ARTICLE, 2, (t) => t.replace('spring', 'summer'));
		const index = indexSource(paragraphs(texts));
		const anchors = [
			anchorOn(ARTICLE, 0, 'crossed the bridge'),
			anchorOn(ARTICLE, 2, 'the talks would resume'),
			anchorOn(ARTICLE, 2, 'resume in the spring, but')
		];
		const landed = anchors.map((a) => placedText(reanchor(a, index), index.paragraphs));
		expect(landed).toEqual([
			'crossed the bridge',
			'the talks would resume',
			'resume in the summer, but'
		]);
		expect(anchors.map((a) => reanchor(a, index))).toEqual(
			anchors.map((a) => land(a, texts).placement)
		);
	});

	it('never places an anchor with no text or no offset', () => {
		const anchor = anchorOn(ARTICLE, 1, 'stopped twice');
		const source = paragraphs(ARTICLE);
		expect(reanchor({ ...anchor, exact: ' ' }, source)).toEqual({ placed: false });
		expect(reanchor({ ...anchor, start: -1 }, source)).toEqual({ placed: false });
	});

	it('does not take an id on trust when the text under it changed', () => {
		const before = [{ id: 'kept', text: 'Witnesses said it stopped twice.' }];
		const after = [{ id: 'kept', text: 'Observers said it stopped twice.' }];
		const anchor = makeAnchor({ lessonId: 'l', sourceId: 's' }, before[0]!, 18, 31)!;
		const placement = reanchor(anchor, after);
		expect(placedText(placement, after)).toBe('stopped twice');
		expect(placement.placed && placement.how).toBe('context');
	});
});

describe('reanchor: a quote repeated with the same context', () => {
	// the middle "go on"s have the same 32 characters either side
	const chant = `They chanted: ${Array(14).fill('go on').join(', ')}.`;
	const seventh = () => anchorOn([chant], 0, 'go on', 6);

	it('is told apart by its stored offset while its paragraph is unchanged', () => {
		// a wider space before the chant: the same plain text and id, every offset one further on
		const spaced = chant.replace('chanted: ', 'chanted:  ');
		const placement = reanchor(seventh(), paragraphs([spaced]));
		expect(placement).toMatchObject({ placed: true, start: seventh().start + 1, how: 'exact' });
	});

	it('is unplaced once its paragraph changed', () => {
		const changed = chant.replace('They chanted', 'The crowd chanted');
		expect(land(seventh(), [changed]).placement).toEqual({ placed: false });
	});
});

describe('reanchor: the account was edited around the quote', () => {
	it('follows a paragraph inserted before it, and paragraphs reordered', () => {
		const anchor = anchorOn(ARTICLE, 2, 'talks would resume');
		const inserted = ['A new opening paragraph.', ...ARTICLE];
		expect(land(anchor, inserted)).toMatchObject({ text: 'talks would resume', how: 'exact' });
		const reordered = [ARTICLE[2]!, ARTICLE[0]!, ARTICLE[3]!, ARTICLE[1]!];
		expect(land(anchor, reordered)).toMatchObject({ text: 'talks would resume', how: 'exact' });
	});

	it('finds the quote by its context when a word near it changed (and the paragraph’s id with it)', () => {
		const anchor = anchorOn(ARTICLE, 1, 'once at the checkpoint');
		const texts = edited(ARTICLE, 1, (t) => t.replace('Witnesses told', 'Witnesses later told'));
		expect(paragraphs(texts)[1]!.id).not.toBe(anchor.paragraphId);
		const { placement, text, how } = land(anchor, texts);
		expect([text, how]).toEqual(['once at the checkpoint', 'context']);
		expect(placement.placed && placement.start).toBe(texts[1]!.indexOf('once at the checkpoint'));
	});

	it('finds it when its whole paragraph changed and moved', () => {
		const anchor = anchorOn(ARTICLE, 0, 'the convoy had crossed the bridge');
		const moved = ARTICLE[0]!.replace('on Monday', 'late on Monday').replace('dawn', 'sunrise');
		expect(land(anchor, [ARTICLE[1]!, ARTICLE[2]!, moved])).toMatchObject({
			text: 'the convoy had crossed the bridge',
			how: 'context'
		});
	});

	it('gives offsets in the real text when only the typography changed', () => {
		const anchor = anchorOn(ARTICLE, 3, 'a local driver said');
		const texts = edited(ARTICLE, 3, (t) => t.replace(', a local', ',  a\u00a0local'));
		// the same plain text, so the same id: where it was, though its offsets moved
		expect(paragraphs(texts)[3]!.id).toBe(anchor.paragraphId);
		const { placement, text, how } = land(anchor, texts);
		expect([text, how]).toEqual(['a\u00a0local driver said', 'exact']);
		expect(placement.placed && placement.start).toBe(anchor.start + 1);
	});

	it('keeps a selection that began or ended inside a word', () => {
		const anchor = anchorOn(ARTICLE, 1, 'nesses told reporters that the con');
		const texts = edited(ARTICLE, 1, (t) => t.replace('told reporters', 'told the reporters'));
		expect(land(anchor, texts)).toMatchObject({
			text: 'nesses told the reporters that the con',
			how: 'fuzzy'
		});
	});
});

describe('reanchor: the quoted text itself changed', () => {
	it('places a slightly altered quote on its counterpart', () => {
		const anchor = anchorOn(ARTICLE, 2, 'said the talks would resume in the spring');
		const texts = edited(ARTICLE, 2, (t) => t.replace('would resume', 'will resume'));
		expect(land(anchor, texts)).toMatchObject({
			text: 'said the talks will resume in the spring',
			how: 'fuzzy'
		});
	});

	it('places a quote with a word added inside and a comma dropped', () => {
		const anchor = anchorOn(ARTICLE, 1, 'stopped twice, once at the checkpoint and once');
		const texts = edited(ARTICLE, 1, (t) => t.replace('twice, once at', 'twice once briefly at'));
		expect(land(anchor, texts).text).toBe('stopped twice once briefly at the checkpoint and once');
	});

	it('leaves a heavily altered quote unplaced', () => {
		const anchor = anchorOn(ARTICLE, 2, 'said the talks would resume in the spring');
		const texts = edited(ARTICLE, 2, (t) =>
			t.replace(
				'said the talks would resume in the spring',
				'hoped negotiations might restart by April'
			)
		);
		expect(land(anchor, texts).placement).toEqual({ placed: false });
	});

	it('leaves a quote unplaced when its paragraph is gone, even if its words are elsewhere', () => {
		const anchor = anchorOn(ARTICLE, 1, 'the convoy stopped');
		const texts = [ARTICLE[0]!, 'Later the convoy stopped at the border.', ARTICLE[2]!];
		expect(land(anchor, texts).placement).toEqual({ placed: false });
	});

	it('does not place an exact quote whose context is all different', () => {
		const anchor = anchorOn(ARTICLE, 1, 'stopped twice');
		expect(land(anchor, ['Trucks stopped twice near the border.']).placement).toEqual({
			placed: false
		});
	});

	it('never spans two paragraphs: a paragraph split inside the quote leaves it unplaced', () => {
		const anchor = anchorOn(
			ARTICLE,
			1,
			'stopped twice, once at the checkpoint and once at the river'
		);
		const split = ARTICLE[1]!.split(' and once');
		const texts = [ARTICLE[0]!, split[0]!, `And once${split[1]!}`, ARTICLE[2]!];
		expect(land(anchor, texts).placement).toEqual({ placed: false });
	});

	it('does not guess a bound that a deletion and a substitution explain equally well', () => {
		const texts = [
			'Its spokesman issued a statement calling Armenia’s accusations “hypocrisy” at once.'
		];
		const anchor = anchorOn(texts, 0, 'statement calling Armenia’s');
		const after = [texts[0]!.replace('Armenia’s accusations', 'accusations new')];
		expect(land(anchor, after).placement).toEqual({ placed: false });
	});
});

describe('reanchor: quotes that appear more than once, and very short quotes', () => {
	const repeated = [
		'The road was open again by evening, the police said on the radio.',
		'Farmers said the road was open again by evening, but only for trucks.'
	];

	it('takes a quote from the start of a paragraph only at the start of one', () => {
		const anchor = anchorOn(repeated, 0, 'The road was open');
		const texts = [
			repeated[0]!.replace('on the radio', 'on local radio'),
			`One driver wrote: ${repeated[0]!}`
		];
		const { placement, text } = land(anchor, texts);
		expect([text, placement.placed && placement.start]).toEqual(['The road was open', 0]);
		expect(placement.placed && placement.paragraphId).toBe(paragraphs(texts)[0]!.id);
	});

	it('lets the context decide between two occurrences', () => {
		const anchor = anchorOn(repeated, 1, 'road was open again');
		const texts = edited(repeated, 1, (t) => t.replace('Farmers', 'Local farmers'));
		const { placement, text } = land(anchor, texts);
		expect(text).toBe('road was open again');
		expect(placement.placed && placement.paragraphId).toBe(paragraphs(texts)[1]!.id);
	});

	it('leaves it unplaced when the context cannot tell them apart', () => {
		const twins = ['Before: the road was open again.', 'After: the road was open again.'];
		const anchor = anchorOn(twins, 1, 'the road was open again.');
		const both = ['First: the road was open again.', 'Second: the road was open again.'];
		expect(land(anchor, both).placement).toEqual({ placed: false });
	});

	it('places a one-word quote by its context, not on the same word elsewhere', () => {
		const anchor = anchorOn(ARTICLE, 1, 'river');
		const texts = edited(ARTICLE, 1, (t) => t.replace('Witnesses', 'Two witnesses'));
		texts.push('The river rose overnight.');
		const { placement, text } = land(anchor, texts);
		expect(text).toBe('river');
		expect(placement.placed && placement.paragraphId).toBe(paragraphs(texts)[1]!.id);
	});

	it('leaves a short quote unplaced when its own words changed', () => {
		const anchor = anchorOn(ARTICLE, 1, 'the river');
		const texts = edited(ARTICLE, 1, (t) => t.replace('the river', 'the ford'));
		texts.push('The river rose overnight.');
		expect(land(anchor, texts).placement).toEqual({ placed: false });
	});

	it('places a two-word quote after an edit elsewhere in its paragraph', () => {
		const anchor = anchorOn(ARTICLE, 2, 'the spring');
		const texts = edited(ARTICLE, 2, (t) => t.replace('Officials on both sides', 'Officials'));
		expect(land(anchor, texts)).toMatchObject({ text: 'the spring', how: 'context' });
	});
});
