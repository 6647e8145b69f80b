import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is now, with every collapsed part opened. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`
	);
	expect(summary).toEqual([]);
}
