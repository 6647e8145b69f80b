// The text of a PDF as lines, read with pdf.js (the same reader as Firefox's), for print tests.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every line of text in the PDF, in reading order, page after page. */
export async function pdfLines(pdf: Buffer): Promise<string[]> {
	const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
	const lines: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		let line = '';
		for (const item of content.items) {
			if (!('str' in item)) continue;
			line += item.str;
			if (item.hasEOL) {
				lines.push(line);
				line = '';
			}
		}
		if (line) lines.push(line);
	}
	await doc.destroy();
	return lines.map((l) => l.normalize('NFKC').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Text as it reads, whitespace collapsed: a paragraph broken over lines is found whole. */
export const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
