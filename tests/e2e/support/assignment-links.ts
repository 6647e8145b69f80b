import type { Page } from '@playwright/test';
import { assignmentLink } from '../../../src/lib/classroom/link';
import { encodeAssignment } from '../../../src/lib/classroom/link-encode';
import type { AssignmentSpec } from '../../../src/lib/model';

type Catalog = { lessons: { id: string; hash: string; pack: string }[] };
type Pack = { lesson: { questions: { id: string }[] } };

/**
 * A link to an assignment of one lesson of the build's library, its first questions required, as
 * a teacher's device without that lesson makes it (format 1: it opens on a fresh tablet at once).
 */
export async function oneLessonLink(
	page: Page,
	base: string,
	overrides: Partial<AssignmentSpec> = {}
): Promise<{ link: string; spec: AssignmentSpec }> {
	const catalog = (await (
		await page.request.get(`${base}/content/catalog.json`)
	).json()) as Catalog;
	const entry = catalog.lessons[0]!;
	const pack = (await (
		await page.request.get(`${base}/${entry.pack.replace(/^\//, '')}`)
	).json()) as Pack;
	const spec: AssignmentSpec = {
		id: 'lang-check-1',
		version: 1,
		title: 'Two accounts of the same events',
		instructions: 'Read both accounts, then answer the starred questions.',
		due: '2031-05-30',
		lessons: [
			{
				id: entry.id,
				hash: entry.hash.slice(0, 12),
				required: pack.lesson.questions.slice(0, 3).map((q) => q.id)
			}
		],
		hideComments: false,
		...overrides
	};
	return { link: assignmentLink(base, await encodeAssignment(spec)), spec };
}
