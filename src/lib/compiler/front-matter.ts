import { LineCounter, parseDocument, isNode } from 'yaml';

/** A parsed YAML document that can say on which line any field is. */
export type YamlData = {
	data: unknown;
	lineOf(path: readonly PropertyKey[]): number | undefined;
};

export type ParsedYaml =
	{ ok: true; yaml: YamlData } | { ok: false; line?: number; message: string };

export function parseYaml(source: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const error = doc.errors[0];
	if (error) {
		const line = lineCounter.linePos(error.pos[0]).line;
		return {
			ok: false,
			line: line + firstLine - 1,
			message: `malformed YAML: ${error.message.split('\n')[0]}`
		};
	}
	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
		// walk up to the nearest ancestor that exists so a missing field points at its parent
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
			if (isNode(node) && node.range)
				return lineCounter.linePos(node.range[0]).line + firstLine - 1;
		}
		return undefined;
	};
	return { ok: true, yaml: { data: doc.toJS(), lineOf } };
}

export type FrontMatterFile =
	| { ok: true; yaml: YamlData; body: string; bodyLine: number }
	| { ok: false; line?: number; message: string };

/** Splits `---\nyaml\n---\nbody` and parses the YAML with line numbers relative to the file. */
export function parseFrontMatter(fileText: string): FrontMatterFile {
	const text = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!text.startsWith('---\n')) {
		return {
			ok: false,
			line: 1,
			message: 'expected the file to start with a "---" front matter block'
		};
	}
	const end = text.indexOf('\n---', 3);
	if (end === -1 || (text[end + 4] !== undefined && text[end + 4] !== '\n')) {
		return { ok: false, line: 1, message: 'front matter is not closed with a "---" line' };
	}
	const yamlText = text.slice(4, end + 1);
	const parsed = parseYaml(yamlText, 2);
	if (!parsed.ok) return parsed;
	const bodyLine = yamlText.split('\n').length + 2;
	return { ok: true, yaml: parsed.yaml, body: text.slice(end + 5), bodyLine };
}
