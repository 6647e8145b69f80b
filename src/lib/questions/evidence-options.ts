// What an evidence question lists, with how each choice is named (in the interface's language).
import { evidenceChoices } from '$lib/content/evidence-choices';
import type { Block, CompiledComment, CompiledSource } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';

/** One paragraph a student can choose, named as the list shows it. */
export type EvidenceOption = {
	block: Block;
	// "¶3" in an article; "Ararat, reply to Comment 2" (with "¶2" when a comment has several
	// paragraphs) in a comment thread
	label: string;
	// a comment thread: whether the paragraph is in a reply
	reply: boolean;
};

/**
 * The choices of an evidence question over `source`: exactly `evidenceChoices(source)`, in the
 * same order (every paragraph of an article, or every comment paragraph of a thread), named.
 */
export function evidenceOptions(source: CompiledSource): EvidenceOption[] {
	if (source.kind !== 'reader-comments') {
		return evidenceChoices(source).map((block, i) => ({ block, label: `¶${i + 1}`, reply: false }));
	}
	const options: EvidenceOption[] = [];
	let number = 0;
	const walk = (comments: CompiledComment[], parent: string | undefined) => {
		for (const comment of comments) {
			number++;
			const name = commenterName(comment, number);
			const who = parent ? m.questions_reply_to({ name, parent }) : name;
			comment.paragraphs.forEach((block, i) => {
				const paragraph = comment.paragraphs.length > 1 ? ` ¶${i + 1}` : '';
				options.push({ block, label: `${who}${paragraph}`, reply: parent !== undefined });
			});
			walk(comment.replies, name);
		}
	};
	walk(source.comments, undefined);
	return options;
}

/** A commenter's name as the thread gives it, or "Comment n" in reading order. */
export function commenterName(comment: CompiledComment, number: number): string {
	return comment.author?.trim() || m.questions_comment_number({ number });
}
