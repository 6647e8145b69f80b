// Issue 16, point 6: one typeface on every load. The first screen's fonts are preloaded, every
// glyph of it is drawn in Atkinson Hyperlegible once fonts are ready (asked of Chromium through
// the DevTools protocol), and a font that arrives late moves almost nothing (its fallback has the
// same metrics).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { open } from './support/app';

const SIZES = [
	{ width: 1180, height: 820 },
	{ width: 820, height: 1180 },
	{ width: 390, height: 844 }
];
const PAGES = ['/', '/lessons/khojaly-1992'];

type Counted = { custom: number; system: number; systemText: string[] };

/** Glyphs of the text on the first screen, by whether a web font or a system font drew them. */
async function firstScreenGlyphs(page: Page): Promise<Counted> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	type Node = { nodeId: number; nodeType: number; nodeValue: string; children?: Node[] };
	const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: Node };
	const texts: { text: Node; parent: Node }[] = [];
	const walk = (node: Node) => {
		for (const child of node.children ?? []) {
			if (child.nodeType === 3 && child.nodeValue.trim()) texts.push({ text: child, parent: node });
			walk(child);
		}
	};
	walk(root);
	const { width, height } = page.viewportSize()!;
	const counted: Counted = { custom: 0, system: 0, systemText: [] };
	for (const { text, parent } of texts) {
		// an element without a box (hidden) draws nothing
		const box = await cdp.send('DOM.getBoxModel', { nodeId: parent.nodeId }).catch(() => undefined);
		if (!box) continue;
		const [x1, y1, , , x3, y3] = box.model.border as number[];
		if (y1! >= height || y3! <= 0 || x1! >= width || x3! <= 0) continue;
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: text.nodeId });
		for (const font of fonts) {
			if (font.isCustomFont) counted.custom += font.glyphCount;
			else {
				counted.system += font.glyphCount;
				counted.systemText.push(`${font.familyName}: ${text.nodeValue.trim().slice(0, 40)}`);
			}
		}
	}
	await cdp.detach();
	return counted;
}

/** A fresh device (nothing cached) whose font files arrive `delay` ms late, with CLS recorded. */
async function slowFonts(
	browser: Browser,
	baseURL: string,
	size: (typeof SIZES)[number],
	delay: number
) {
	const context = await browser.newContext({ baseURL, viewport: size, serviceWorkers: 'block' });
	const fonts: string[] = [];
	await context.route('**/*.woff2', async (route) => {
		fonts.push(route.request().url());
		await new Promise((resolve) => setTimeout(resolve, delay));
		await route.continue();
	});
	await context.addInitScript(() => {
		const shifts = { total: 0 };
		(window as unknown as { shifts: typeof shifts }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!entry.hadRecentInput) shifts.total += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return { context, page: await context.newPage(), fonts };
}

test('every page preloads the two font files of its first screen, from its own host', async ({
	page
}) => {
	for (const path of [...PAGES, '/200.html']) {
		const html = await (await page.request.get(path)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		const preloads = [...head.matchAll(/<link rel="preload" href="([^"]+)" as="font"[^>]*>/g)];
		expect(
			preloads.map(([, href]) => href),
			path
		).toEqual([
			expect.stringMatching(/^\/_app\/immutable\/assets\/atkinson-hyperlegible-latin-400-normal\./),
			expect.stringMatching(/^\/_app\/immutable\/assets\/atkinson-hyperlegible-latin-700-normal\./)
		]);
		// before the inlined stylesheet, so the files are asked for first
		expect(head.indexOf('rel="preload"')).toBeLessThan(head.indexOf('<style'));
		for (const [link, href] of preloads) {
			expect(link).toContain('crossorigin');
			const font = await page.request.get(href!);
			expect(font.headers()['content-type']).toBe('font/woff2');
		}
	}
});

for (const size of SIZES) {
	test(`no glyph of the first screen is drawn by a system font, ${size.width}×${size.height}`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, viewport: size });
		const page = await context.newPage();
		for (const path of PAGES) {
			await open(page, path);
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => document.fonts.ready);
			const glyphs = await firstScreenGlyphs(page);
			console.log(
				`${path} at ${size.width}: ${glyphs.custom} glyphs in Atkinson, ${glyphs.system} in a system font`
			);
			expect(glyphs.custom, path).toBeGreaterThan(200);
			expect(glyphs.systemText, path).toEqual([]);
		}
		await context.close();
	});

	test(`fonts that arrive late move no text (CLS ≤ 0.02), ${size.width}×${size.height}`, async ({
		browser,
		baseURL
	}) => {
		for (const path of PAGES) {
			// late, but within the 3 s a `fallback` face may still swap in
			const { context, page, fonts } = await slowFonts(browser, baseURL!, size, 1_200);
			const started = Date.now();
			await open(page, path);
			await page.evaluate(() => document.fonts.ready);
			expect(fonts.length, `${path}: fonts requested`).toBeGreaterThan(0);
			expect(Date.now() - started, `${path}: fonts came late`).toBeGreaterThan(1_200);
			// the late font did swap in: the first screen ends in Atkinson as on any other load
			await expect
				.poll(async () => (await firstScreenGlyphs(page)).system, { message: path })
				.toBe(0);
			await page.waitForTimeout(500);
			const cls = await page.evaluate(
				() => (window as unknown as { shifts: { total: number } }).shifts.total
			);
			console.log(`${path} at ${size.width}: CLS ${cls.toFixed(4)} with fonts 1.2 s late`);
			expect(cls, path).toBeLessThanOrEqual(0.02);
			await context.close();
		}
	});
}
