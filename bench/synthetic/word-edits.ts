// Random word edits to an account that remember where every original word went, so the bench
// knows the true place of a quoted passage after the edit without asking the code it measures.
import type { AnchorParagraph } from '../../src/lib/annotations/anchor-types';
import { BlockIds } from '../../src/lib/compiler/ids';

/** A word of an edited paragraph: where it came from (paragraph and word index), or null if new. */
type Word = { text: string; from: { paragraph: number; word: number } | null };
export type EditedParagraph = AnchorParagraph & { words: Word[]; starts: number[] };
export type EditedSource = { paragraphs: EditedParagraph[]; edits: number; inserted: boolean };

/** Whitespace-separated words with their character offsets. */
export function wordsOf(text: string): { text: string; start: number; end: number }[] {
	return [...text.matchAll(/\S+/g)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

/**
 * Each word is edited with probability `rate`: replaced by, or preceded by, a word drawn from
 * `vocabulary`, or deleted, one in three each. Sometimes (`paragraphRate`) a paragraph from
 * `others` is inserted somewhere. Edited paragraphs get new ids, derived from their text as the
 * compiler derives them; untouched ones keep their text and id.
 */
export function editSource(
	source: AnchorParagraph[],
	random: () => number,
	vocabulary: string[],
	others: string[],
	rate = 0.05,
	paragraphRate = 0.3
): EditedSource {
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
	const ids = new BlockIds();
	let edits = 0;
	const paragraphs: EditedParagraph[] = source.map((p, i) => {
		const words: Word[] = [];
		let changed = false;
		wordsOf(p.text).forEach((w, k) => {
			const original = { text: w.text, from: { paragraph: i, word: k } };
			if (random() >= rate) return void words.push(original);
			changed = true;
			edits++;
			const kind = random();
			if (kind < 1 / 3) words.push({ text: pick(vocabulary), from: original.from });
			else if (kind < 2 / 3) words.push({ text: pick(vocabulary), from: null }, original);
			// else: deleted
		});
		return joined(changed ? null : p, words, ids);
	});
	const inserted = random() < paragraphRate;
	if (inserted) {
		const words = wordsOf(pick(others)).map((w) => ({ text: w.text, from: null }));
		paragraphs.splice(Math.floor(random() * (paragraphs.length + 1)), 0, joined(null, words, ids));
	}
	return { paragraphs, edits, inserted };
}

function joined(unchanged: AnchorParagraph | null, words: Word[], ids: BlockIds): EditedParagraph {
	if (unchanged) {
		const starts = wordsOf(unchanged.text).map((w) => w.start);
		return { ...unchanged, words, starts };
	}
	const starts: number[] = [];
	let text = '';
	for (const w of words) {
		if (text) text += ' ';
		starts.push(text.length);
		text += w.text;
	}
	return { id: ids.next('p', text), text, words, starts };
}

/**
 * Where the original words [first, end) of a paragraph are now: the paragraph and the characters
 * from the first surviving one to the last (words inserted between them included), or undefined
 * if every one was deleted.
 */
export function trueTarget(
	edited: EditedSource,
	paragraph: number,
	first: number,
	end: number
): { paragraph: number; start: number; end: number } | undefined {
	for (const [i, p] of edited.paragraphs.entries()) {
		const kept = p.words
			.map((w, k) => ({ w, k }))
			.filter(
				({ w }) => w.from?.paragraph === paragraph && w.from.word >= first && w.from.word < end
			);
		if (kept.length === 0) continue;
		const a = kept[0]!.k;
		const b = kept[kept.length - 1]!;
		return { paragraph: i, start: p.starts[a]!, end: p.starts[b.k]! + b.w.text.length };
	}
	return undefined;
}
