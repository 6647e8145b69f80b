import { describe, expect, it } from 'vitest';
import { evidenceChoices } from '$lib/content/evidence-choices';
import type { Block, CompiledComment, CompiledSource, SafeHtml } from '$lib/content/model';
import { evidenceOptions } from './evidence-options';

const block = (id: string, type: Block['type'] = 'paragraph'): Block => ({
	id,
	type,
	html: `<p id="${id}">${id}</p>` as SafeHtml,
	text: `Text of ${id}`
});
const comment = (
	id: string,
	paragraphs: string[],
	replies: CompiledComment[] = [],
	author?: string
): CompiledComment => ({
	id,
	...(author && { author }),
	paragraphs: paragraphs.map((p) => block(p)),
	replies
});
const source = (overrides: Partial<CompiledSource>): CompiledSource => ({
	id: 's',
	title: 'A source',
	outlet: null,
	authors: [],
	date: { value: '2020', approximate: false },
	kind: 'news-report',
	perspective: '',
	seed: 'x.txt',
	blocks: [],
	questions: [],
	comments: [],
	stats: { words: 1, minutes: 1, grade: 1 },
	...overrides
});

describe('evidenceOptions', () => {
	it('lists every paragraph of an article, numbered, without headings or captions', () => {
		const article = source({
			blocks: [block('p-1'), block('h-1', 'heading'), block('p-2'), block('c-1', 'caption')]
		});
		expect(evidenceOptions(article).map((o) => [o.block.id, o.label, o.reply])).toEqual([
			['p-1', '¶1', false],
			['p-2', '¶2', false]
		]);
	});

	it('lists every comment paragraph of a thread, named, and says which are replies', () => {
		const thread = source({
			kind: 'reader-comments',
			comments: [
				comment('k-1', ['c-1a', 'c-1b'], [comment('k-2', ['c-2'], [], 'Ararat')]),
				comment('k-3', ['c-3'], [comment('k-4', ['c-4'])], 'Gurgen')
			]
		});
		const options = evidenceOptions(thread);
		expect(options.map((o) => [o.block.id, o.label, o.reply])).toEqual([
			['c-1a', 'Comment 1 ¶1', false],
			['c-1b', 'Comment 1 ¶2', false],
			['c-2', 'Ararat, reply to Comment 1', true],
			['c-3', 'Gurgen', false],
			['c-4', 'Comment 4, reply to Gurgen', true]
		]);
	});

	it('offers exactly what the build checks answers against, in the same order', () => {
		const thread = source({
			kind: 'reader-comments',
			comments: [comment('k-1', ['c-1'], [comment('k-2', ['c-2', 'c-3'])]), comment('k-3', ['c-4'])]
		});
		const article = source({ blocks: [block('p-1'), block('x', 'caption'), block('p-2')] });
		for (const s of [thread, article]) {
			expect(evidenceOptions(s).map((o) => o.block.id)).toEqual(
				evidenceChoices(s).map((b) => b.id)
			);
		}
	});
});
