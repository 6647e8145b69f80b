import type { SafeHtml } from '../content/schema/common';
import type { Block, CompiledComment, CompiledSource } from '../content/schema/compiled';
import type { GlossaryEntry } from '../content/schema/glossary';
import { domWindow } from './dom';

/** The words that mark a term in the text: its `match` list, else the term and its other names. */
export function matchWords(entry: GlossaryEntry): string[] {
	const words = entry.match ?? [entry.term, ...(entry.names ?? []).map((n) => n.name)];
	// longest first, so "Nagorno-Karabakh" wins over "Karabakh"
	return [...new Set(words)].sort((a, b) => b.length - a.length);
}

const escape = (words: string[]) =>
	words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

function pattern(words: string[]): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escape(words)})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Wraps the first match in the fragment's text (outside links and other marks); true if it did. */
function markIn(template: HTMLTemplateElement, entry: GlossaryEntry, regex: RegExp): boolean {
	const window = domWindow();
	// NodeFilter.SHOW_TEXT: a constant, the same in every DOM
	const walker = window.document.createTreeWalker(template.content, 4);
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
		return true;
	}
	return false;
}

/**
 * Marks each glossary term at its first occurrence in a source (body, then comments), so the
 * reader can open its definition there.
 */
export function markGlossaryTerms(
	source: CompiledSource,
	entries: GlossaryEntry[]
): CompiledSource {
	const blocks = [...source.blocks];
	const comments = structuredClone(source.comments);
	const commentBlocks: { list: Block[]; index: number }[] = [];
	const collect = (list: CompiledComment[]) =>
		list.forEach((c) => {
			c.paragraphs.forEach((_, index) => commentBlocks.push({ list: c.paragraphs, index }));
			collect(c.replies);
		});
	collect(comments);
	const slots = [...blocks.map((_, index) => ({ list: blocks, index })), ...commentBlocks];
	// each block is parsed once, when a term may be in it, and written back once if marked
	const parsed = new Map<number, HTMLTemplateElement>();
	const marked = new Set<number>();
	for (const entry of entries) {
		const words = matchWords(entry);
		const regex = pattern(words);
		// a block's text is the text of its html (compileSource sets both), and a button only wraps
		// text: a term absent from the text, ignoring word edges, cannot be in any of its text nodes
		const anywhere = new RegExp(escape(words), 'iu');
		for (let k = 0; k < slots.length; k++) {
			const { list, index } = slots[k]!;
			if (!anywhere.test(list[index]!.text)) continue;
			let template = parsed.get(k);
			if (!template) {
				template = domWindow().document.createElement('template');
				template.innerHTML = list[index]!.html;
				parsed.set(k, template);
			}
			if (markIn(template, entry, regex)) {
				marked.add(k);
				break;
			}
		}
	}
	for (const k of marked) {
		const { list, index } = slots[k]!;
		// built with DOM calls from text already sanitized: still safe markup
		list[index] = { ...list[index]!, html: parsed.get(k)!.innerHTML as SafeHtml };
	}
	return { ...source, blocks, comments };
}
