import { describe, expect, it } from 'vitest';
import type { CatalogRow } from '$lib/db';
import { spec } from '../review/review-fixtures';
import { makeShareLink } from './share-link';

describe('makeShareLink', () => {
	const catalog = spec.lessons.map((l) => ({ id: l.id, title: l.id }) as CatalogRow);
	it('makes a link on this origin for a spec whose lessons are in the catalog', async () => {
		const valid = {
			...spec,
			lessons: spec.lessons.map((l, i) => ({ ...l, hash: `abcdef01234${i}` }))
		};
		const made = await makeShareLink(valid, catalog, 'https://class.example');
		expect(made.refusal).toBeUndefined();
		expect(made.link.startsWith('https://class.example/')).toBe(true);
	});

	it('hands back the encoder refusal in words instead of throwing', async () => {
		const made = await makeShareLink(spec, catalog, 'https://class.example');
		expect(made.link).toBe('');
		expect(made.refusal).toMatch(/cannot be made into a link/);
	});
});
