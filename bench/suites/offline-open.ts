import type { BrowserContext } from 'playwright-core';
import { FLOOR_PAGE } from '../bench-build';
import { type BenchRow, median, ms } from '../report';

// recorded by every page: when the article's first paragraph is in the DOM and a frame has passed
const PAINT_PROBE = `(() => {
	const found = () => document.querySelector('[id^="p-"]');
	const mark = () => requestAnimationFrame(() => setTimeout(() => (window.__textPainted = performance.now())));
	const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); mark(); } });
	observer.observe(document, { subtree: true, childList: true });
})();`;

async function timeToText(context: BrowserContext, url: string): Promise<number> {
	const page = await context.newPage();
	await page.goto(url);
	const value = await page.waitForFunction(
		() => (window as unknown as { __textPainted?: number }).__textPainted,
		null,
		{ timeout: 15_000 }
	);
	const painted = (await value.jsonValue()) as number;
	await page.close();
	return painted;
}

/**
 * Offline open of a lesson against the floor: a plain static page of the same article served by
 * the same service worker. Median of `runs`, alternating so both see the same conditions.
 */
export async function offlineOpenBench(
	context: BrowserContext,
	lessonId: string,
	runs = 10
): Promise<BenchRow[]> {
	await context.addInitScript(PAINT_PROBE);
	const app: number[] = [];
	const floor: number[] = [];
	for (let i = 0; i < runs; i++) {
		app.push(await timeToText(context, `/lessons/${lessonId}`));
		floor.push(await timeToText(context, FLOOR_PAGE));
	}
	const ratio = median(app) / median(floor);
	return [
		{
			group: 'offline open',
			metric: `lesson “${lessonId}”: navigation → text painted (median of ${runs})`,
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
