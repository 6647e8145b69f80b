// Build-time: the page's Content Security Policy allows exactly the inline scripts the page ships.
import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const CHARSET = /<meta charset="utf-8" \/>/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
// the only inline scripts a page may carry: SvelteKit's boot and app.html's reading preferences
const KNOWN_SCRIPT = [/__sveltekit_/, /^\s*\/\/ applies saved reading preferences/];

const hashOf = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Rewrites script-src's hashes to those of the page's final inline scripts: SvelteKit hashes its
 * boot script before first-paint.ts rewrites it, and does not hash app.html's own script. Fails
 * the build on an inline script nobody wrote on purpose, or a page without the policy. Puts the
 * policy first in the head.
 */
export function hashInlineScripts(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) throw new Error('page has no Content-Security-Policy meta: check kit.csp');
	const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body = '']) => {
		if (!KNOWN_SCRIPT.some((known) => known.test(body)))
			throw new Error(`unexpected inline script in a page: ${body.slice(0, 80)}`);
		return hashOf(body);
	});
	const [found, content = ''] = meta;
	const policy = content
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (name !== 'script-src') return directive.trim();
			const kept = sources.filter((source) => !source.startsWith("'sha256-"));
			return [name, ...kept, ...new Set(hashes)].join(' ');
		})
		.filter(Boolean)
		.join('; ');
	const tag = found.replace(content, policy);
	// first in the head, right after the charset: a policy only governs what comes after it
	if (!CHARSET.test(html)) throw new Error('page has no <meta charset>');
	return html.replace(found, '').replace(CHARSET, (charset) => `${charset}\n\t\t${tag}`);
}
