// npm run bench: builds, serves the build locally, drives the system Chromium, prints one table.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, INSTALL_HELP, chromiumPath } from '../scripts/chromium.js';
import { startStaticServer } from '../scripts/static-server.js';
import { ROOT, buildForBench } from './bench-build';
import { type BenchRow, printTable, writeResults } from './report';
import { anchoringBench } from './suites/anchoring';
import { contentBuildBench } from './suites/content-build';
import { importBench } from './suites/import';
import { lessonFileBench } from './suites/lesson-files';
import { libraryScaleBench } from './suites/library-scale';
import { lighthouseBench } from './suites/lighthouse';
import { workBench } from './suites/work';
import { weightBench } from './suites/weight';
import { TABLET_PORTRAIT, offlineOpenBench } from './suites/offline-open';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
// BENCH_ONLY=offline,import runs just those suites (all by default): quicker when tuning one figure
const only = process.env.BENCH_ONLY?.split(',');
// synthetic library sizes: built once each (bench/synthetic/library.ts) and shared by the suites
const SIZES = [100, 1000, 10_000];
// the library's render target is set at 5,000 lessons
// (BENCH_LIBRARY_SIZES=100,1000 for a quicker look)
const LIBRARY_SIZES = process.env.BENCH_LIBRARY_SIZES?.split(',').map(Number) ?? [
	100, 1000, 5000, 10_000
];
const wanted = (suite: string) => !only || only.includes(suite);
// suites that need neither the app's build nor a browser: BENCH_ONLY=anchoring runs in seconds
const NODE_ONLY = ['anchoring'];
const started = performance.now();
const rows: BenchRow[] = [];
if (wanted('anchoring')) {
	console.log('Re-anchoring annotations on the real lessons…');
	rows.push(...(await anchoringBench(ROOT)));
}
if (only?.every((suite) => NODE_ONLY.includes(suite))) {
	printTable(rows);
	process.exit(0);
}
const executablePath = chromiumPath();
if (!executablePath) {
	console.error(INSTALL_HELP);
	process.exit(1);
}

console.log('Building the app for the bench…');
const { dir, lessonId } = buildForBench();
// before the browser starts: the compiler has both cores to itself
if (wanted('content')) {
	console.log('Building synthetic content…');
	rows.push(...(await contentBuildBench(SIZES)));
}
const server = await startStaticServer({ root: dir, port: PORT });
const base = `http://localhost:${PORT}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const routes = ['/', `/lessons/${lessonId}`, '/settings'];
	if (wanted('weight')) {
		console.log('Weighing first visits…');
		rows.push(...(await weightBench(browser, base, routes, routes.slice(0, 2))));
	}
	if (wanted('lesson-files')) {
		console.log('Importing lesson files and opening the editor…');
		rows.push(...(await lessonFileBench(browser, base, dir)));
	}
	if (wanted('lighthouse')) {
		console.log('Running Lighthouse (mobile)…');
		rows.push(
			...(await lighthouseBench(executablePath, base, routes.slice(0, 2), ['hy-AM', 'ru-RU']))
		);
	}

	const context = await browser.newContext({ baseURL: base, viewport: TABLET_PORTRAIT });
	const page = await context.newPage();
	await page.goto('/');
	// first visit: wait for the worker and for every lesson to be stored on the device
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	await page.waitForFunction(
		() =>
			document.querySelectorAll('[data-testid="lesson-state"]').length > 0 &&
			[...document.querySelectorAll('[data-testid="lesson-state"]')].every((e) =>
				e.textContent?.includes('On this device')
			)
	);

	if (wanted('import')) {
		console.log('Importing synthetic libraries…');
		rows.push(...(await importBench(browser, base, SIZES)));
	}

	if (wanted('library')) {
		console.log('Library, search and memory at scale…');
		rows.push(...(await libraryScaleBench(browser, base, LIBRARY_SIZES)));
	}

	if (wanted('work')) {
		console.log('Timing autosave and a class backup…');
		rows.push(...(await workBench(browser, base)));
	}
	if (wanted('offline')) {
		console.log('Opening a lesson offline…');
		await page.goto('/bench-floor.html');
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
		await context.setOffline(true);
		rows.push(...(await offlineOpenBench(context, lessonId)));
	}
	await context.close();
} finally {
	await browser.close();
	server.closeAllConnections();
	server.close();
}

printTable(rows);
console.log(`\nBench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
// a partial run (BENCH_ONLY) prints its figures but leaves the last full results in place
if (!only)
	writeResults(join(ROOT, 'bench/results.json'), rows, {
		date: new Date().toISOString(),
		chromium: browser.version()
	});
