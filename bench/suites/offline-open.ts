import type { BrowserContext } from 'playwright-core';
import { FLOOR_PAGE } from '../bench-build';
import { type BenchRow, median, ms } from '../report';

// every page records its largest contentful paint: on both pages that is a block of article text
const PAINT_PROBE = `(() => {
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.element && entry.element.textContent.trim()) window.__textPainted = entry.startTime;
		}
	}).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

async function timeToText(context: BrowserContext, url: string): Promise<number> {
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	// LCP settles once the page stops adding content; give it a moment after load
	await page.waitForTimeout(400);
	const painted = await page.evaluate(
		() => (window as unknown as { __textPainted?: number }).__textPainted
	);
	await page.close();
	if (painted === undefined) throw new Error(`no text was painted at ${url}`);
	return painted;
}

/**
 * Offline open of a lesson against the floor: a plain static page of the same article served by
 * the same service worker. Median of `runs`, alternating so both see the same conditions.
 */
export async function offlineOpenBench(
	context: BrowserContext,
	lessonId: string,
	runs = 21
): Promise<BenchRow[]> {
	await context.addInitScript(PAINT_PROBE);
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
	return [
		{
			group: 'offline open',
			metric: `lesson “${lessonId}”: navigation → text painted (LCP, median of ${runs})`,
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
