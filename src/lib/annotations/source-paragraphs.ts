import type { CompiledComment, CompiledSource } from '../content/model';
import type { AnchorParagraph } from './anchor-types';

/** An account's paragraphs in reading order: its blocks, then its comments, replies after each. */
export function sourceParagraphs(source: CompiledSource): AnchorParagraph[] {
	const paragraphs: AnchorParagraph[] = source.blocks.map(({ id, text }) => ({ id, text }));
	const walk = (comments: CompiledComment[]) => {
		for (const c of comments) {
			for (const { id, text } of c.paragraphs) paragraphs.push({ id, text });
			walk(c.replies);
		}
	};
	walk(source.comments);
	return paragraphs;
}
