import { describe, expect, it } from 'vitest';
import { compileLibrary } from './library';
import { library } from './test-factory';
import type { LessonPack } from '../content/schema/compiled';

const pack = (glossary: string) => {
	const result = compileLibrary(
		library({ glossary: { path: 'content/glossary.yml', text: glossary } })
	);
	expect(result.problems).toEqual([]);
	return JSON.parse(result.packs[0]!.json) as LessonPack;
};

describe('glossary terms in the text', () => {
	it('marks only the first occurrence per source, as a button naming the term', () => {
		const { sources } = pack(`- id: dam\n  term: dam\n  definition: A barrier.\n`);
		for (const source of sources) {
			const html = source.blocks.map((b) => b.html).join('');
			expect(
				html.match(/<button type="button" class="term" data-term="dam">dam<\/button>/g)
			).toHaveLength(1);
		}
	});

	it('matches whole words case-insensitively, preferring the longest name', () => {
		const { sources } = pack(
			`- id: dam\n  term: dam\n  definition: A barrier.\n  match: [Dam, the dam]\n`
		);
		expect(sources[0]!.blocks[1]!.html).toContain(
			'<button type="button" class="term" data-term="dam">the dam</button>'
		);
		// "damage" or "Amsterdam" would not match: only whole words
		expect(sources[0]!.blocks.map((b) => b.html).join('')).not.toMatch(/dam<\/button>age/);
	});

	it('leaves the plain text and the provenance check untouched', () => {
		const { sources } = pack(`- id: dam\n  term: dam\n  definition: A barrier.\n`);
		expect(sources[0]!.blocks[1]!.text).toBe(
			'Officials blamed the storm; critics blamed the dam — both sides agree the river rose fast.'
		);
	});
});
