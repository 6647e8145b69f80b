import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { BenchRow } from '../report';

// a tablet set to each interface language (issue 20): its first visit is in that language
const DEVICE_LANGUAGES: Record<string, string> = {
	en: 'en-US',
	hy: 'hy-AM',
	az: 'az-Latn-AZ',
	ru: 'ru-RU'
};

/**
 * Gzipped JavaScript a first visit to each route downloads (a fresh profile per route), on a
 * tablet set to English and, for `inEveryLanguage`, to each other interface language.
 */
export async function weightBench(
	browser: Browser,
	base: string,
	paths: string[],
	inEveryLanguage: string[] = []
): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const visits = paths.flatMap((path) =>
		(inEveryLanguage.includes(path) ? Object.keys(DEVICE_LANGUAGES) : ['en']).map((language) => ({
			path,
			language
		}))
	);
	for (const { path, language } of visits) {
		const context = await browser.newContext({
			baseURL: base,
			locale: DEVICE_LANGUAGES[language]
		});
		const page = await context.newPage();
		const sizes: Promise<number>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') {
				sizes.push(
					response.body().then(
						(b) => gzipSync(b, { level: 9 }).length,
						() => 0
					)
				);
			}
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		const total = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
		rows.push({
			group: 'weight',
			metric: `first visit to ${path}${language === 'en' ? '' : ` in ${language}`}: gzipped JS (${sizes.length} file${sizes.length === 1 ? '' : 's'})`,
			value: `${(total / 1024).toFixed(1)} KB`,
			target: '≤ 80 KB',
			ok: total <= 80 * 1024
		});
		await context.close();
	}
	return rows;
}
