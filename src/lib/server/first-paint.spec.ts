import { describe, expect, it } from 'vitest';
import { deferHydration, inlineStylesheets, preloadFonts } from './first-paint';

const PAGE = `<head><link href="/_app/immutable/bundle.AB.js" rel="modulepreload">
<link href="/_app/immutable/assets/bundle.CD.css" rel="stylesheet"></head>
<body><div><script>{ __sveltekit_x = { base: "" };
const element = document.currentScript.parentElement;
import("/_app/immutable/bundle.AB.js").then((app) => { app.start(element) });
}</script></div></body>`;

describe('inlineStylesheets', () => {
	it('replaces a linked stylesheet by its contents', () => {
		const html = inlineStylesheets(PAGE, (path) => {
			expect(path).toBe('/_app/immutable/assets/bundle.CD.css');
			return 'p{color:red}@font-face{src:url(/_app/immutable/assets/f.woff2)}';
		});
		expect(html).not.toContain('rel="stylesheet"');
		expect(html).toContain(
			'<style>p{color:red}@font-face{src:url(/_app/immutable/assets/f.woff2)}</style>'
		);
	});

	it('refuses a sheet whose relative urls would break once inlined', () => {
		expect(() => inlineStylesheets(PAGE, () => 'a{background:url(img.png)}')).toThrow(
			/relative url/
		);
	});

	it('cannot be closed early by the css it inlines', () => {
		const html = inlineStylesheets(PAGE, () => 'a::after{content:"</style><script>"}');
		expect(html.match(/<\/style>/g)).toHaveLength(1);
	});
});

describe('deferHydration', () => {
	it('imports the app only after a frame, and drops the preload that would compete with it', () => {
		const html = deferHydration(PAGE);
		expect(html).not.toContain('modulepreload');
		expect(html).toContain(
			'new Promise((r) => requestAnimationFrame(() => setTimeout(r))).then(() => import("/_app/immutable/bundle.AB.js")).then((app) =>'
		);
	});

	it('also defers the split boot, which imports two entries at once', () => {
		const split = PAGE.replace(
			'import("/_app/immutable/bundle.AB.js").then((app) =>',
			'Promise.all([\n\timport("/_app/immutable/entry/start.A.js"),\n\timport("/_app/immutable/entry/app.B.js")\n]).then(([kit, app]) =>'
		);
		expect(deferHydration(split)).toContain(
			'new Promise((r) => requestAnimationFrame(() => setTimeout(r))).then(() => Promise.all([\n\timport("/_app/immutable/entry/start.A.js"),\n\timport("/_app/immutable/entry/app.B.js")\n])).then(([kit, app]) =>'
		);
	});

	it('leaves a page without the app alone', () => {
		expect(deferHydration('<p>plain</p>')).toBe('<p>plain</p>');
	});

	it('fails the build when the boot script no longer matches', () => {
		const changed = PAGE.replace('import(', 'load(');
		expect(() => deferHydration(changed)).toThrow(/boot script changed/);
	});
});

describe('preloadFonts', () => {
	const font = (name: string) =>
		`url(/_app/immutable/assets/atkinson-hyperlegible-${name}.Ab-1.woff2)`;
	const css = `@font-face{src:${font('latin-400-normal')}}@font-face{src:${font('latin-700-normal')}}@font-face{src:${font('latin-ext-400-normal')}}`;

	it('preloads the regular and bold latin faces from the top of the head, once each', () => {
		const html = preloadFonts(`<head><meta charset="utf-8"><style>${css}${css}</style></head>`);
		const links = html.match(/<link rel="preload"[^>]+>/g) ?? [];
		expect(links).toHaveLength(2);
		expect(links[0]).toContain('atkinson-hyperlegible-latin-400-normal.Ab-1.woff2');
		expect(links[1]).toContain('atkinson-hyperlegible-latin-700-normal.Ab-1.woff2');
		expect(links[0]).toContain('crossorigin');
		expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('<meta'));
	});

	it('leaves a page without fonts alone, and fails the build when the files were renamed', () => {
		expect(preloadFonts('<head></head>')).toBe('<head></head>');
		expect(() => preloadFonts('<head><style>@font-face{src:url(/x.woff2)}</style></head>')).toThrow(
			/FIRST_SCREEN_FONTS/
		);
	});
});
