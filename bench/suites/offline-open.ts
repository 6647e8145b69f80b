import type { BrowserContext } from 'playwright-core';
import { FLOOR_PAGE } from '../bench-build';
import { type BenchRow, median, ms } from '../report';

// A classroom tablet held upright: the first account's text is on the first screen
export const TABLET_PORTRAIT = { width: 800, height: 1280 };

// The first paragraph of article text (the lesson's first account; the floor's first paragraph)
// is tagged for Element Timing as the parser inserts it, before anything can paint; its entry's
// renderTime is when that text was on screen. Observer callbacks run before the next paint.
const PAINT_PROBE = `(() => {
	const tag = new MutationObserver(() => {
		const p = document.querySelector('.text > .body > p, body > main > h1 + p');
		if (!p) return;
		p.setAttribute('elementtiming', 'article-text');
		tag.disconnect();
	});
	tag.observe(document, { childList: true, subtree: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.identifier === 'article-text') window.__textPainted = entry.renderTime || entry.startTime;
		}
	}).observe({ type: 'element', buffered: true });
})();`;

async function timeToText(context: BrowserContext, url: string): Promise<number> {
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	const painted = await page
		.waitForFunction(() => (window as unknown as { __textPainted?: number }).__textPainted, null, {
			timeout: 5000
		})
		.then((handle) => handle.jsonValue())
		.catch(() => undefined);
	await page.close();
	if (painted === undefined) throw new Error(`no article text was painted at ${url}`);
	return painted;
}

// a class reads a lesson many times: the content note has been acknowledged and shrinks to a line
async function acknowledgeContentNote(context: BrowserContext, lessonId: string): Promise<void> {
	const page = await context.newPage();
	await page.goto(`/lessons/${lessonId}`);
	await page.waitForSelector('html[data-hydrated]');
	const understood = page.getByRole('button', { name: 'I understand' });
	if (await understood.isVisible()) await understood.click();
	await page.close();
}

/**
 * Offline open of a lesson against the floor: a plain static page of the same article served by
 * the same service worker, on a tablet held upright. Median of `runs`, alternating so both see
 * the same conditions.
 */
export async function offlineOpenBench(
	context: BrowserContext,
	lessonId: string,
	runs = Number(process.env.BENCH_RUNS ?? 21)
): Promise<BenchRow[]> {
	await context.addInitScript(PAINT_PROBE);
	await acknowledgeContentNote(context, lessonId);
	const app: number[] = [];
	const floor: number[] = [];
	// one untimed open of each first: compiled code and caches warm, as on a tablet in daily use
	await timeToText(context, `/lessons/${lessonId}`);
	await timeToText(context, FLOOR_PAGE);
	for (let i = 0; i < runs; i++) {
		app.push(await timeToText(context, `/lessons/${lessonId}`));
		floor.push(await timeToText(context, FLOOR_PAGE));
	}
	const ratio = median(app) / median(floor);
	const tablet = `${TABLET_PORTRAIT.width}×${TABLET_PORTRAIT.height}`;
	return [
		{
			group: 'offline open',
			metric: `lesson “${lessonId}”, ${tablet}: navigation → first paragraph of the account painted (median of ${runs})`,
			value: ms(median(app)),
			target: ''
		},
		{
			group: 'offline open',
			metric: 'static HTML floor, same article, same worker (median)',
			value: ms(median(floor)),
			target: ''
		},
		{
			group: 'offline open',
			metric: 'lesson / floor',
			value: `${ratio.toFixed(2)}×`,
			target: '≤ 1.5×',
			ok: ratio <= 1.5
		}
	];
}
