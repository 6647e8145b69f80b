import createDOMPurify from 'dompurify';
import type { SafeHtml } from '../content/schema/common';
import { domWindow } from './dom';

// an allowlist: anything not named here (script, iframe, object, form, svg, math, img…) is dropped
const ALLOWED_TAGS = [
	'p',
	'a',
	'em',
	'strong',
	'b',
	'i',
	'u',
	'q',
	'cite',
	'abbr',
	'blockquote',
	'ul',
	'ol',
	'li',
	'h2',
	'h3',
	'h4',
	'h5',
	'br',
	'hr',
	'code',
	'sup',
	'sub',
	'span',
	'figure',
	'figcaption',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
];
const ALLOWED_ATTR = ['href', 'title', 'id', 'lang', 'class'];
// only web links, mail and in-page/relative links: no javascript:, data:, vbscript: or others
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

let purify: ReturnType<typeof createDOMPurify> | undefined;

// one sanitizer of its own (not DOMPurify's shared one), made on first use with the DOM at hand
function purifier() {
	if (purify) return purify;
	purify = createDOMPurify(domWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
	purify.addHook('afterSanitizeAttributes', (node) => {
		// links leave the app in a new tab and never tell the other site where they came from
		if (node.tagName === 'A' && node.getAttribute('href')?.match(/^https?:/i)) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
	return purify;
}

// markup that can run script or pull in other content: dropped by the allowlist, and reported,
// so that a lesson carrying it is refused rather than quietly cleaned
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);
let unsafeSeen: string[] = [];

/** The unsafe markup the sanitizer removed since the last call (the compiler reports it per file). */
export function takeUnsafeMarkup(): string[] {
	const seen = [...new Set(unsafeSeen)];
	unsafeSeen = [];
	return seen;
}

function noteAttribute(attribute: Attr): void {
	if (/^on/i.test(attribute.name)) unsafeSeen.push(`an ${attribute.name} handler`);
	if (/^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
		unsafeSeen.push(`a ${attribute.value.split(':')[0]!.trim().toLowerCase()}: link`);
	}
}

function noteUnsafe(html: string, removed: readonly unknown[]): void {
	// a script the parser puts outside the body never reaches the sanitizer's list
	if (/<script\b/i.test(html)) unsafeSeen.push('<script>');
	for (const item of removed as { element?: Element; attribute?: Attr | null }[]) {
		if (item.attribute) {
			noteAttribute(item.attribute);
			continue;
		}
		const element = item.element;
		if (!element) continue;
		const name = element.nodeName.toLowerCase();
		if (UNSAFE_ELEMENTS.has(name)) unsafeSeen.push(`<${name}>`);
		// an element dropped whole takes its handlers with it: they count all the same
		for (const attribute of element.attributes ?? []) noteAttribute(attribute);
	}
}

export function sanitizeHtml(html: string): SafeHtml {
	const clean = purifier().sanitize(html, {
		ALLOWED_TAGS,
		ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
		ALLOWED_URI_REGEXP,
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false,
		KEEP_CONTENT: true
	});
	noteUnsafe(html, purifier().removed);
	return clean as SafeHtml;
}

/** The visible text of an HTML fragment, as a reader would see it. */
export function htmlToText(html: string): string {
	return parseFragment(html).text;
}

/**
 * An HTML fragment parsed once for both jobs a block needs: its visible text, and its markup with
 * an id on its first element (so each paragraph can be linked to).
 */
export function parseFragment(html: string): { text: string; withId(id: string): SafeHtml } {
	const template = domWindow().document.createElement('template');
	template.innerHTML = html;
	return {
		text: template.content.textContent ?? '',
		withId(id) {
			const first = template.content.firstElementChild;
			if (!first) return html as SafeHtml;
			first.id = id;
			return template.innerHTML as SafeHtml;
		}
	};
}
