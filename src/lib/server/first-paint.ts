// Build-time rewrites of prerendered HTML so an article's text paints before any script runs.

const STYLESHEET_LINK = /<link href="(\/_app\/immutable\/assets\/[^"]+\.css)" rel="stylesheet">/g;
// SvelteKit's boot: `import("…").then(` (single bundle) or `Promise.all([import("…"), …]).then(`
const BOOT_IMPORT =
	/(Promise\.all\(\[(?:\s*import\("\/_app\/immutable\/[^"]+\.js"\),?)+\s*\]\)|import\("\/_app\/immutable\/[^"]+\.js"\))\.then\(/;
const MODULE_PRELOAD = /<link href="\/_app\/immutable\/[^"]+\.js" rel="modulepreload">\s*/g;
const AFTER_PAINT = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r)))';

/** Replaces each linked stylesheet by its contents: no render-blocking request before text shows. */
export function inlineStylesheets(html: string, readAsset: (path: string) => string): string {
	return html.replace(STYLESHEET_LINK, (_link, path: string) => {
		const css = readAsset(path);
		// the sheet's own urls are absolute (paths.relative is false), so they survive the move
		if (/url\((?!\/|data:)/.test(css)) throw new Error(`${path} has a relative url()`);
		return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
	});
}

/**
 * Starts loading and hydrating the app only after the first frame: on a two-core tablet the
 * prerendered text is painted without competing with script compilation. Fails the build if
 * SvelteKit's boot script no longer looks as expected, rather than silently doing nothing.
 */
export function deferHydration(html: string): string {
	if (!html.includes('__sveltekit_')) return html;
	if (!BOOT_IMPORT.test(html))
		throw new Error('SvelteKit boot script changed: update first-paint.ts');
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(
			BOOT_IMPORT,
			(_call, imports: string) => `${AFTER_PAINT}.then(() => ${imports}).then(`
		);
}

// the regular and bold latin faces the first screen draws with (src/lib/styles/fonts.css); their
// hashed names are read from the inlined stylesheet, so they follow every rebuild
const FIRST_SCREEN_FONTS =
	/\/_app\/immutable\/assets\/atkinson-hyperlegible-latin-(?:400|700)-normal\.[\w-]+\.woff2/g;

/**
 * Preloads the fonts of the first screen from the top of the page, so they arrive within the
 * 100 ms a `font-display: fallback` face is waited for and the first paint is already in them.
 * Fails the build if a page declares fonts but none of them is found.
 */
export function preloadFonts(html: string): string {
	if (!html.includes('@font-face')) return html;
	const urls = [...new Set(html.match(FIRST_SCREEN_FONTS))];
	if (urls.length === 0) throw new Error('font files renamed: update FIRST_SCREEN_FONTS');
	const links = urls
		.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>`)
		.join('');
	return html.replace(/<head>/, (head) => `${head}\n\t\t${links}`);
}
