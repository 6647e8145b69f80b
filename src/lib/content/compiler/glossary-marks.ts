import { JSDOM } from 'jsdom';
import type { SafeHtml } from '../schema/common';
import type { Block, CompiledComment, CompiledSource } from '../schema/compiled';
import type { GlossaryEntry } from '../schema/glossary';

const { window } = new JSDOM('');

/** The words that mark a term in the text: its `match` list, else the term and its other names. */
export function matchWords(entry: GlossaryEntry): string[] {
	const words = entry.match ?? [entry.term, ...(entry.names ?? []).map((n) => n.name)];
	// longest first, so "Nagorno-Karabakh" wins over "Karabakh"
	return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function pattern(words: string[]): RegExp {
	const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Wraps the first match in a block's text (outside links and other marks); true if it did. */
function markIn(block: Block, entry: GlossaryEntry, regex: RegExp): Block | undefined {
	const template = window.document.createElement('template');
	template.innerHTML = block.html;
	const walker = window.document.createTreeWalker(template.content, window.NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		if (node.parentElement?.closest('a, button')) continue;
		const found = regex.exec(node.data);
		if (!found) continue;
		const word = node.splitText(found.index);
		word.splitText(found[0].length);
		const button = window.document.createElement('button');
		button.type = 'button';
		button.className = 'term';
		button.dataset.term = entry.id;
		button.textContent = word.data;
		word.replaceWith(button);
		// built with DOM calls from text already sanitized: still safe markup
		return { ...block, html: template.innerHTML as SafeHtml };
	}
	return undefined;
}

/**
 * Marks each glossary term at its first occurrence in a source (body, then comments), so the
 * reader can open its definition there.
 */
export function markGlossaryTerms(source: CompiledSource, entries: GlossaryEntry[]): CompiledSource {
	const blocks = [...source.blocks];
	const comments = structuredClone(source.comments);
	const commentBlocks: { list: Block[]; index: number }[] = [];
	const collect = (list: CompiledComment[]) =>
		list.forEach((c) => {
			c.paragraphs.forEach((_, index) => commentBlocks.push({ list: c.paragraphs, index }));
			collect(c.replies);
		});
	collect(comments);
	const slots = [
		...blocks.map((_, index) => ({ list: blocks, index })),
		...commentBlocks
	];
	for (const entry of entries) {
		const regex = pattern(matchWords(entry));
		for (const { list, index } of slots) {
			const marked = markIn(list[index]!, entry, regex);
			if (marked) {
				list[index] = marked;
				break;
			}
		}
	}
	return { ...source, blocks, comments };
}
