// XML built from parts that are escaped by construction: a string given as content or as an
// attribute's value is always text, never markup, so no question or paragraph can break the file.

/** Markup made by `element`; a plain string is always text. */
export type Markup = { readonly xml: string };
export type Content = Markup | string;
type Attributes = Record<string, string | number | boolean | undefined>;

// what XML 1.0 forbids anywhere, even escaped: control characters other than tab, line feed and
// carriage return, lone surrogates, U+FFFE and U+FFFF
const NOT_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data: forbidden characters dropped, `&`, `<` and `>` escaped. */
export function escapeText(text: string): string {
	return text
		.replace(NOT_XML_CHARS, '')
		.replace(/\r\n?/g, '\n')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** Text as a quoted attribute value: as text, and quotes and white space kept as characters. */
export function escapeAttribute(text: string): string {
	return escapeText(text)
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		.replace(/\t/g, '&#9;')
		.replace(/\n/g, '&#10;');
}

// element and attribute names come from this module's callers' code, never from a lesson
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/** `<name attr="value">content</name>`, or `<name attr="value"/>` with no content. */
export function element(name: string, attributes: Attributes = {}, ...content: Content[]): Markup {
	if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
	let open = name;
	for (const [key, value] of Object.entries(attributes)) {
		if (value === undefined) continue;
		if (!NAME.test(key)) throw new Error(`Not an XML name: ${key}`);
		open += ` ${key}="${escapeAttribute(String(value))}"`;
	}
	const inner = content.map((part) => (typeof part === 'string' ? escapeText(part) : part.xml));
	return { xml: inner.length ? `<${open}>${inner.join('')}</${name}>` : `<${open}/>` };
}

/** Parts in a row, with a line break between them (for readable files). */
export function lines(...parts: Markup[]): Markup {
	return { xml: parts.map((part) => part.xml).join('\n') };
}

/** A whole XML document: the declaration, then the root element. */
export function xmlDocument(root: Markup): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`;
}
