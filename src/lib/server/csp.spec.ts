import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineScripts } from './csp';

const BOOT = '{ __sveltekit_x = {}; import("/_app/a.js") }';
const PREFS = '\n\t// applies saved reading preferences before the first paint\n';
const page = (scripts: string[]) =>
	`<head>\n<meta charset="utf-8" />\n<title>t</title>` +
	`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-stale='; object-src 'none'">` +
	`</head><body>${scripts.map((s) => `<script>${s}</script>`).join('')}</body>`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('hashInlineScripts', () => {
	it("allows exactly the page's final inline scripts, with the policy first in the head", () => {
		const html = hashInlineScripts(page([PREFS, BOOT]));
		expect(html).toContain(
			`<meta charset="utf-8" />\n\t\t<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(PREFS)} ${hash(BOOT)}; object-src 'none'">`
		);
		expect(html).not.toContain('sha256-stale');
		expect(html.match(/content-security-policy/g)).toHaveLength(1);
	});

	it('fails the build on an inline script nobody meant the page to have', () => {
		expect(() => hashInlineScripts(page([BOOT, 'alert(1)']))).toThrow(/unexpected inline script/);
	});

	it('fails the build on a page without the policy', () => {
		expect(() => hashInlineScripts('<head><meta charset="utf-8" /></head>')).toThrow(/kit\.csp/);
	});
});
