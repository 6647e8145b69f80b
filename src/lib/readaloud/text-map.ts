import { splitIntoChunks } from './chunks';
import { primaryLanguage } from './voices';

/** One utterance: the words, their language, and where they are (characters of a block's text). */
export type Chunk = { block: Element; start: number; end: number; text: string; lang: string };

// elements that hold running text; the innermost of them is a block (a list item's paragraph)
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, dt, dd, summary, td, th';

const textNodes = (root: Node): Text[] => {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	return nodes;
};

const langOf = (node: Node) =>
	node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;

// a closed fold's text or a hidden element's is not on screen, so it is not read either
const shown = (element: Element) =>
	typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;

/** A block's text in runs of one language each: an English definition, an Armenian name in it. */
function languageRuns(block: Element): { start: number; end: number; lang: string }[] {
	const runs: { start: number; end: number; lang: string }[] = [];
	let offset = 0;
	for (const node of textNodes(block)) {
		const lang = langOf(node);
		const last = runs.at(-1);
		if (last && primaryLanguage(last.lang) === primaryLanguage(lang)) last.end += node.data.length;
		else runs.push({ start: offset, end: offset + node.data.length, lang });
		offset += node.data.length;
	}
	return runs;
}

/**
 * The text under `root` that is shown, as utterances in reading order, only those in `lang`:
 * words in another language (the interface's headings, a name's own form) are never given a
 * voice of the wrong language.
 */
export function chunksOf(root: Element, lang: string): Chunk[] {
	const wanted = primaryLanguage(lang);
	const blocks = [...root.querySelectorAll(BLOCKS)].filter(
		(block) => !block.querySelector(BLOCKS) && shown(block)
	);
	if (blocks.length === 0 && root.matches(BLOCKS)) blocks.push(root);
	const chunks: Chunk[] = [];
	for (const block of blocks) {
		const text = textNodes(block)
			.map((node) => node.data)
			.join('');
		for (const run of languageRuns(block)) {
			if (primaryLanguage(run.lang) !== wanted) continue;
			for (const span of splitIntoChunks(text.slice(run.start, run.end), run.lang)) {
				const start = run.start + span.start;
				const end = run.start + span.end;
				chunks.push({ block, start, end, text: text.slice(start, end), lang: run.lang });
			}
		}
	}
	return chunks;
}

/** A live range over the characters [start, end) of a block's text, wherever marks split it. */
export function rangeOf(block: Element, start: number, end: number): Range | undefined {
	const range = document.createRange();
	let offset = 0;
	let started = false;
	for (const node of textNodes(block)) {
		const length = node.data.length;
		if (!started && start <= offset + length) {
			range.setStart(node, start - offset);
			started = true;
		}
		if (started && end <= offset + length) {
			range.setEnd(node, end - offset);
			return range;
		}
		offset += length;
	}
	return undefined;
}
