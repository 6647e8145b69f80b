// Highlights drawn into the article's own text: <mark data-annotation-id> around the characters
// [start, end) of a paragraph element, split where the text crosses other elements.

const textNodes = (root: Node): Text[] => {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	return nodes;
};

/** Wraps the characters [start, end) of `paragraph`'s text in marks; returns the marks made. */
export function drawMark(
	paragraph: Element,
	start: number,
	end: number,
	attributes: { id: string; kind: string; label: string }
): HTMLElement[] {
	const marks: HTMLElement[] = [];
	let offset = 0;
	for (const node of textNodes(paragraph)) {
		const length = node.data.length;
		const from = Math.max(start - offset, 0);
		const to = Math.min(end - offset, length);
		offset += length;
		if (from >= to) continue;
		const piece = from > 0 ? node.splitText(from) : node;
		if (to - from < piece.data.length) piece.splitText(to - from);
		const mark = document.createElement('mark');
		mark.dataset.annotationId = attributes.id;
		labelMark(mark, attributes);
		piece.replaceWith(mark);
		mark.append(piece);
		marks.push(mark);
	}
	return marks;
}

/** Gives a drawn mark its kind and its name (the kind, with the note if there is one). */
export function labelMark(mark: HTMLElement, attributes: { kind: string; label: string }): void {
	mark.dataset.kind = attributes.kind;
	mark.className = `annotation kind-${attributes.kind}`;
	mark.title = attributes.label;
}

/** Removes every mark drawn in `root`, leaving its text as it was. */
export function clearMarks(root: Element): void {
	for (const mark of root.querySelectorAll('mark[data-annotation-id]')) {
		const parent = mark.parentNode;
		mark.replaceWith(...mark.childNodes);
		parent?.normalize();
	}
}

/** The selection as characters of one paragraph (an element with an id inside `root`). */
export function selectedRange(
	root: Element,
	selection: Selection | null
): { paragraph: Element; start: number; end: number } | undefined {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
	const range = selection.getRangeAt(0);
	const paragraphOf = (node: Node) =>
		(node instanceof Element ? node : node.parentElement)?.closest('[id^="p-"], [id^="c-"]');
	const paragraph = paragraphOf(range.startContainer);
	if (!paragraph || !root.contains(paragraph) || paragraphOf(range.endContainer) !== paragraph) {
		return undefined;
	}
	const before = document.createRange();
	before.setStart(paragraph, 0);
	before.setEnd(range.startContainer, range.startOffset);
	const start = before.toString().length;
	return { paragraph, start, end: start + range.toString().length };
}
