import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';
import type { BenchRow } from '../report';

const PORT = 9333;

/**
 * Lighthouse with its mobile defaults against the local build, each page in a fresh profile, on
 * a browser set to English and to each of `languages` (device language tags, e.g. hy-AM: the
 * interface starts in it, issue 20).
 */
export async function lighthouseBench(
	executablePath: string,
	base: string,
	paths: string[],
	languages: string[] = []
): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const visits = paths.flatMap((path) =>
		['en-US', ...languages].map((language) => ({ path, language }))
	);
	for (const { path, language } of visits) {
		const browser = await chromium.launch({
			executablePath,
			args: [
				...CHROMIUM_ARGS,
				`--remote-debugging-port=${PORT}`,
				`--lang=${language}`,
				`--accept-lang=${language}`
			]
		});
		try {
			const result = await lighthouse(`${base}${path}`, {
				port: PORT,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			const group = `lighthouse ${path}${language === 'en-US' ? '' : ` in ${language}`}`;
			rows.push(
				{
					group,
					metric: 'performance (mobile)',
					value: String(score('performance')),
					target: '≥ 95',
					ok: score('performance') >= 95
				},
				{
					group,
					metric: 'accessibility',
					value: String(score('accessibility')),
					target: '100',
					ok: score('accessibility') === 100
				},
				{
					group,
					metric: 'best practices',
					value: String(score('best-practices')),
					target: '100',
					ok: score('best-practices') === 100
				},
				{
					group,
					metric: 'LCP',
					value: `${Math.round(audit('largest-contentful-paint'))} ms`,
					target: ''
				},
				{
					group,
					metric: 'TBT',
					value: `${Math.round(audit('total-blocking-time'))} ms`,
					target: ''
				},
				{
					group,
					metric: 'CLS',
					value: audit('cumulative-layout-shift').toFixed(3),
					target: '≤ 0.02',
					ok: audit('cumulative-layout-shift') <= 0.02
				}
			);
			const failing = Object.values(lhr.audits).filter(
				(a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary'
			);
			for (const a of failing) console.log(`  ${path}: ${a.id} — ${a.title}`);
		} finally {
			await browser.close();
		}
	}
	return rows;
}
