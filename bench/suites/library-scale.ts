import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FLOOR_PAGE } from '../bench-build';
import { type BenchRow, median, ms, percentile } from '../report';
import { syntheticLibrary } from '../synthetic/library';
import { heapUsage } from './heap';
import { type PageGlobal, importScript, sendLibrary } from './import';
import { TABLET_PORTRAIT } from './offline-open';

const RELOADS = 5;
// words, names, prefixes, typos and pairs from the real articles and glossary
const QUERIES = [
	'Khojaly',
	'Khojali',
	'massacre',
	'massac',
	'genocide',
	'genocid',
	'ceasefire',
	'Lachin corridor',
	'Lachn',
	'Stepanakert',
	'Stepanakrt',
	'video',
	'execution',
	'soldiers',
	'prisoners of war',
	'human rights',
	'Mutalibov',
	'journalist',
	'peacekeepers',
	'refugees',
	'anniversary',
	'Azerbaijani soldiers',
	'Armenian forces',
	'Eurasianet',
	'war crime',
	'ethnic cleansing',
	'mut',
	'Nagorno-Karabakh',
	'Nagorno Karabak',
	'comments'
];

type Figures = {
	lessons: number;
	renderMs: number;
	toListMs: number;
	domElements: number;
	indexFirstMs: number;
	indexLaterMs: number;
	searchMs: number[];
	workerMs: number[];
	resultsRenderMs: number[];
	pageHeap: number;
	workerHeap?: number;
};

type Measured = { start: number; duration: number; detail: { lessons: number } };

/** Reloads the library and reads the page's own measure of its first render from the device. */
async function timeLibrary(page: Page, lessons: number) {
	const render: number[] = [];
	const toList: number[] = [];
	for (let i = 0; i < RELOADS; i++) {
		await page.reload();
		const entry = await page
			.waitForFunction(
				() => {
					const [m] = performance.getEntriesByName('parallax:library-render');
					return (
						m && {
							start: m.startTime,
							duration: m.duration,
							detail: (m as PerformanceMeasure).detail
						}
					);
				},
				null,
				{ timeout: 60_000 }
			)
			.then((h) => h.jsonValue() as Promise<Measured>);
		if (entry.detail.lessons !== lessons)
			throw new Error(`the library showed ${entry.detail.lessons} lessons, expected ${lessons}`);
		render.push(entry.duration);
		toList.push(entry.start + entry.duration);
	}
	const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
	return { renderMs: median(render), toListMs: median(toList), domElements };
}

/** From the first use of the search box until the index has caught up with every lesson. */
async function timeIndexReady(page: Page): Promise<number> {
	const started = Date.now();
	await page.getByLabel('Search all lessons').focus();
	await page.locator('[data-testid="search-state"][data-ready="true"]').waitFor({
		state: 'attached',
		timeout: 600_000
	});
	return Date.now() - started;
}

/** Each query typed at once; the page measures input to results on screen. */
async function timeQueries(page: Page) {
	const searchMs: number[] = [];
	const workerMs: number[] = [];
	const resultsRenderMs: number[] = [];
	for (let round = 0; round < 2; round++) {
		for (const query of QUERIES) {
			const before = await page.evaluate(
				() => performance.getEntriesByName('parallax:search').length
			);
			await page.getByLabel('Search all lessons').fill(query);
			const entry = await page
				.waitForFunction(
					([n, q]) => {
						const all = performance.getEntriesByName('parallax:search') as PerformanceMeasure[];
						const last = all[all.length - 1];
						return (
							all.length > n &&
							last?.detail.query === q && {
								duration: last.duration,
								worker: last.detail.workerMs,
								render: last.detail.renderMs
							}
						);
					},
					[before, query] as const,
					{ timeout: 30_000 }
				)
				.then(
					(h) => h.jsonValue() as Promise<{ duration: number; worker: number; render: number }>
				);
			searchMs.push(entry.duration);
			workerMs.push(entry.worker);
			resultsRenderMs.push(entry.render);
		}
	}
	await page.getByLabel('Search all lessons').fill('');
	return { searchMs, workerMs, resultsRenderMs };
}

async function measure(browser: Browser, base: string, size: number | 'real'): Promise<Figures> {
	const context = await browser.newContext({ baseURL: base, viewport: TABLET_PORTRAIT });
	const page = await context.newPage();
	let lessons: number;
	if (size === 'real') {
		const catalog = await (await page.request.get('/content/catalog.json')).json();
		lessons = catalog.lessons.length;
	} else {
		const library = await syntheticLibrary(size);
		lessons = library.catalog.lessons.length;
		const body = readFileSync(join(library.outDir, 'catalog.json'));
		// the app's catalog check sees the synthetic library: already stored, nothing to download
		await page.route(/\/content\/catalog\.json\?fresh=/, (route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body })
		);
		await page.goto(FLOOR_PAGE);
		await page.addScriptTag({ content: await importScript() });
		await sendLibrary(page, library);
		await page.evaluate(() => (globalThis as unknown as PageGlobal).parallaxBench.install());
	}
	// first visit: the service worker installs and the sync finds everything stored
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	const library = await timeLibrary(page, lessons);
	const indexFirstMs = await timeIndexReady(page);
	const queries = await timeQueries(page);
	const heap = await heapUsage(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const indexLaterMs = await timeIndexReady(page);
	await context.close();
	return { lessons, ...library, indexFirstMs, indexLaterMs, ...queries, ...heap };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

function rowsFor(f: Figures, baseline: Figures | undefined): BenchRow[] {
	const group = `${f.lessons.toLocaleString('en')} lessons`;
	const p95 = percentile(f.searchMs, 95);
	const rows: BenchRow[] = [
		{
			group,
			metric: 'library render: device catalog read → cards on screen (median)',
			value: ms(f.renderMs),
			target: f.lessons === 5000 ? '≤ 200 ms' : '',
			ok: f.lessons === 5000 ? f.renderMs <= 200 : undefined
		},
		{
			group,
			metric: `library first render: navigation → cards on screen${baseline ? ` (real library: ${ms(baseline.toListMs)})` : ''}`,
			value: ms(f.toListMs),
			target: ''
		},
		{
			group,
			metric: 'elements in the library page (windowed grid)',
			value: String(f.domElements),
			target: ''
		},
		{
			group,
			metric: 'search index ready, first use (built in the worker)',
			value: ms(f.indexFirstMs),
			target: ''
		},
		{
			group,
			metric: 'search index ready, later visit (kept on the device)',
			value: ms(f.indexLaterMs),
			target: ''
		},
		{
			group,
			metric: `search p50, typing → results on screen (${f.searchMs.length} queries)`,
			value: ms(median(f.searchMs)),
			target: ''
		},
		{
			group,
			metric: `search p95, typing → results on screen (in the worker: ${ms(percentile(f.workerMs, 95))}; rendering: ${ms(percentile(f.resultsRenderMs, 95))})`,
			value: ms(p95),
			target: f.lessons === 1000 ? '≤ 20 ms' : '',
			ok: f.lessons === 1000 ? p95 <= 20 : undefined
		},
		{
			group,
			metric: 'page JS heap after GC (library + search open)',
			value: mb(f.pageHeap),
			target: ''
		}
	];
	if (f.workerHeap !== undefined)
		rows.push({
			group,
			metric: 'search worker JS heap after GC',
			value: mb(f.workerHeap),
			target: ''
		});
	return rows;
}

/** Library render, search and memory at each size, beside the real library as the baseline. */
export async function libraryScaleBench(
	browser: Browser,
	base: string,
	sizes: number[]
): Promise<BenchRow[]> {
	const baseline = await measure(browser, base, 'real');
	const rows = rowsFor(baseline, undefined);
	for (const size of sizes) {
		console.log(`  ${size} lessons…`);
		rows.push(...rowsFor(await measure(browser, base, size), baseline));
	}
	return rows;
}
