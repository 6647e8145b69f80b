import { CONTEXT_CHARS, type AnchorParagraph, type TextAnchor } from './anchor-types';

/**
 * The anchor of the characters [start, end) of a paragraph, or undefined when the range holds no
 * text. Whitespace at either end of a selection is left out: it carries nothing to find again.
 */
export function makeAnchor(
	where: { lessonId: string; sourceId: string },
	paragraph: AnchorParagraph,
	start: number,
	end: number
): TextAnchor | undefined {
	const text = paragraph.text;
	let from = Math.max(0, Math.min(start, text.length));
	let to = Math.max(from, Math.min(end, text.length));
	while (from < to && /\s/.test(text[from]!)) from++;
	while (to > from && /\s/.test(text[to - 1]!)) to--;
	if (from === to) return undefined;
	return {
		lessonId: where.lessonId,
		sourceId: where.sourceId,
		paragraphId: paragraph.id,
		exact: text.slice(from, to),
		prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
		suffix: text.slice(to, to + CONTEXT_CHARS),
		start: from
	};
}
