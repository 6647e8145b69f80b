import { describe, expect, it } from 'vitest';
import { compileLibrary } from './library';
import { renderMarkdown } from './markdown';
import { library, lessonFile, LESSON_YAML, sourceFile } from './test-factory';

const HOSTILE: [string, string][] = [
	['script tag', '<script>alert(1)</script>Hello'],
	['script tag, mixed case', '<ScRiPt>alert(1)</sCrIpT>Hello'],
	['onerror handler', '<img src=x onerror="alert(1)">Hello'],
	['onclick on an allowed tag', '<a href="#x" onclick="alert(1)">Hello</a>'],
	['javascript: link in markdown', '[Hello](javascript:alert(1))'],
	['javascript: link, mixed case', '[Hello](JaVaScRiPt:alert(1))'],
	['javascript: link with entities', '<a href="jav&#x09;ascript:alert(1)">Hello</a>'],
	['javascript: link with whitespace', '<a href=" javascript:alert(1)">Hello</a>'],
	[
		'data: URL link',
		'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Hello</a>'
	],
	['vbscript: link', '<a href="vbscript:msgbox(1)">Hello</a>'],
	['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>Hello'],
	['svg with script', '<svg><script>alert(1)</script></svg>Hello'],
	['iframe', '<iframe src="https://evil.example"></iframe>Hello'],
	['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>Hello'],
	['object', '<object data="evil.swf"></object>Hello'],
	['embed', '<embed src="evil.swf">Hello'],
	['form', '<form action="https://evil.example"><input name="q"><button>Go</button></form>Hello'],
	['math mutation (mXSS)', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
	['math href', '<math href="javascript:alert(1)">Hello</math>'],
	['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
	['style tag', '<style>body{background:url(javascript:alert(1))}</style>Hello'],
	['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">Hello'],
	['base tag', '<base href="https://evil.example/">Hello'],
	['style attribute', '<p style="background:url(javascript:alert(1))">Hello</p>'],
	['template smuggling', '<template><script>alert(1)</script></template>Hello']
];

const FORBIDDEN =
	/<script|<iframe|<object|<embed|<form|<input|<svg|<math|<style|<meta|<base|<img|<template|<noscript|\son[a-z]+=|javascript:|vbscript:|data:|style=/i;

describe('renderMarkdown sanitizes hostile markdown', () => {
	it.each(HOSTILE)('%s', (_name, markdown) => {
		const html = renderMarkdown(markdown);
		expect(html).not.toMatch(FORBIDDEN);
	});

	it('keeps ordinary formatting and safe links', () => {
		const html = renderMarkdown('Some *emphasis*, **strong** and [a link](https://example.org).');
		expect(html).toContain('<em>emphasis</em>');
		expect(html).toContain('<strong>strong</strong>');
		expect(html).toContain('href="https://example.org"');
		expect(html).toContain('rel="noopener noreferrer"');
	});
});

describe('hostile markdown in content files never reaches a pack', () => {
	it('refuses source paragraphs and a teacher guide that carry it, naming what it found', () => {
		const body = [
			'The council said on Monday that 12 people had died in the flooding. <img src=x onerror=alert(1)><script>alert(1)</script>Residents said the warning came "far too late" to leave.',
			'Officials blamed the storm; critics blamed the dam — both sides agree the river rose fast.<svg onload=alert(1)></svg>'
		].join('\n\n');
		const guide = HOSTILE.map(([, markdown]) => markdown).join('\n\n');
		const result = compileLibrary(
			library({
				sources: [
					{ path: 'content/sources/gazette.md', text: sourceFile({}, body) },
					{ path: 'content/sources/herald.md', text: sourceFile() }
				],
				lessons: [{ path: 'content/lessons/flood.md', text: lessonFile(LESSON_YAML, guide) }]
			})
		);
		// a lesson with script is refused, not quietly cleaned: a teacher's file must say what it had
		const found = result.problems.map((p) => `${p.file}: ${p.message}`).join('\n');
		expect(found).toMatch(/gazette\.md: contains .*<script>.*an onerror handler/);
		expect(found).toMatch(/flood\.md: contains .*may not carry script/);
		expect(result.packs).toEqual([]);
	});
});
