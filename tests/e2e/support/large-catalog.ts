import type { Page } from '@playwright/test';

type Entry = { id: string; title: string; topic: string; minutes: number; pack: string };

/**
 * Serves the page a catalog of `total` lessons: the real ones plus copies of them under new ids,
 * topics and lengths. The copies' packs are never found, so they stay "not downloaded".
 */
export async function serveLargeCatalog(page: Page, total: number): Promise<{ realIds: string[] }> {
	const response = await page.request.get('/content/catalog.json');
	const catalog = (await response.json()) as { format: number; lessons: Entry[] };
	const real = catalog.lessons;
	const copies = Array.from({ length: total - real.length }, (_, i) => {
		const template = real[i % real.length]!;
		return {
			...template,
			id: `${template.id}-copy-${i}`,
			title: `${template.title} (copy ${String(i).padStart(4, '0')})`,
			topic: `Synthetic topic ${i % 5}`,
			minutes: 5 + (i % 30),
			pack: `/content/packs/missing-${i}.json`
		};
	});
	const body = JSON.stringify({ ...catalog, lessons: [...real, ...copies] });
	await page.route(/\/content\/catalog\.json\?fresh=/, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body })
	);
	await page.route(/\/content\/packs\/missing-/, (route) => route.fulfill({ status: 404 }));
	return { realIds: real.map((l) => l.id) };
}
