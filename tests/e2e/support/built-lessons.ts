// The lessons the build serves, read from disk as the build wrote them (for tests that check
// every lesson, question or comment the library has).
import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, LessonPack } from '../../../src/lib/content/schema/compiled';

const CONTENT = join(process.cwd(), 'build', 'content');
export const catalog = JSON.parse(readFileSync(join(CONTENT, 'catalog.json'), 'utf8')) as Catalog;
export const packs: LessonPack[] = catalog.lessons.map(
	(entry) => JSON.parse(readFileSync(join('build', entry.pack), 'utf8')) as LessonPack
);
export const question = (panel: Locator, id: string) =>
	panel.locator(`article[data-question="${id}"]`);
