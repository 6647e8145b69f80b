import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogRow } from '$lib/db/types';
import { lessonFromCatalog, type IndexedLesson } from './documents';
import { SearchIndex } from './search-index';
import { indexedLessons, realLibrary } from './test-data';
import type { LessonResult, SearchHit, Segment } from './types';

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const plain = (segments: Segment[]) => segments.map((s) => s.text).join('');
const allHits = (lessons: LessonResult[]): SearchHit[] => lessons.flatMap((l) => l.hits);

function catalogLesson(title: string, summary: string): IndexedLesson {
	return lessonFromCatalog({ id: 'x', title, summary, hash: 'h' } as CatalogRow);
}

let lessons: Map<string, IndexedLesson>;
let index: SearchIndex;
beforeAll(() => {
	lessons = indexedLessons();
	index = SearchIndex.empty();
	for (const [id, lesson] of lessons) index.setLesson(id, lesson);
});

describe('searching the real library', () => {
	it('finds Khojaly from the misspelling "Khojali", and marks the real spelling', () => {
		const results = index.search('Khojali');
		expect(results.lessons[0]?.lessonId).toBe('khojaly-1992');
		const words = allHits(results.lessons).flatMap((h) => marked(h.snippet));
		expect(words.length).toBeGreaterThan(0);
		for (const word of words) expect(word.toLowerCase()).toMatch(/^khojal[yu]$/);
	});

	it('finds "massacre" from the prefix "massac"', () => {
		const results = index.search('massac');
		expect(results.total).toBeGreaterThan(0);
		const words = allHits(results.lessons).flatMap((h) => marked(h.snippet));
		expect(words.some((w) => w.toLowerCase() === 'massacre')).toBe(true);
		for (const word of words) expect(word.toLowerCase().startsWith('massac')).toBe(true);
	});

	it('allows typos only in words of four letters or more', () => {
		const small = SearchIndex.empty();
		small.setLesson('dam', catalogLesson('The dam broke', 'Water behind a dam'));
		// "dan" is one letter from "dam", as are "man", "can"…: too many to be useful
		expect(small.search('dan').total).toBe(0);
		expect(small.search('dams').lessons.map((l) => l.lessonId)).toEqual(['dam']);
		expect(marked(small.search('dams').lessons[0]!.hits[0]!.snippet)).toEqual(['dam']);
		expect(small.search('brokn').total).toBe(1);
	});

	it('finds nothing for stop words alone', () => {
		expect(index.search('the of and')).toEqual({ query: 'the of and', lessons: [], total: 0 });
	});

	it('puts a title match first, and the lesson it names first', () => {
		const results = index.search('Lachin corridor');
		const [first] = results.lessons;
		expect(first?.lessonId).toBe('lachin-corridor-2023');
		expect(first?.hits[0]?.place).toEqual({ kind: 'title' });
		expect(marked(first!.hits[0]!.snippet)).toEqual(['Lachin', 'corridor']);
		expect(plain(first!.hits[0]!.snippet)).toBe(first!.title);
	});

	it('groups hits by lesson: best lesson first, at most three hits each, best hit first', () => {
		const results = index.search('Armenian soldiers', 2);
		expect(results.lessons).toHaveLength(2);
		expect(results.total).toBeGreaterThanOrEqual(2);
		const scores = index.search('Armenian soldiers').lessons.map((l) => l.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		for (const lesson of results.lessons) {
			expect(lesson.hits.length).toBeGreaterThan(0);
			expect(lesson.hits.length).toBeLessThanOrEqual(3);
			const hitScores = lesson.hits.map((h) => h.score);
			expect(hitScores).toEqual([...hitScores].sort((a, b) => b - a));
			for (const hit of lesson.hits) expect(hit.lessonId).toBe(lesson.lessonId);
		}
	});

	it('says which paragraph of which source matched, with ids a link can use', () => {
		const { packs } = realLibrary();
		const passage = allHits(index.search('Srebrenica').lessons).find(
			(h) => h.place.kind === 'passage'
		);
		const place = passage?.place;
		if (place?.kind !== 'passage') throw new Error('no passage hit');
		const source = packs.get(passage!.lessonId)!.pack.sources.find((s) => s.id === place.sourceId);
		expect(place.sourceTitle).toBe(source?.title);
		const comments = JSON.stringify(source?.comments ?? []);
		const inBlocks = source?.blocks.some((b) => b.id === place.blockId);
		expect(inBlocks || comments.includes(place.blockId)).toBe(true);
		expect(marked(passage!.snippet)).toContain('Srebrenica');
	});

	it('finds reader comments, pointing at the comment paragraph', () => {
		const { packs } = realLibrary();
		const commentIds = new Set<string>();
		// a word that, in some lesson, only one comment paragraph uses: read from the lesson's own
		// text, not from the index under test
		const found = [...packs].flatMap(([lessonId, { pack }]) => {
			const comments: { id: string; text: string }[] = [];
			const walk = (list: (typeof pack.sources)[number]['comments']): void => {
				for (const c of list) {
					for (const p of c.paragraphs) comments.push(p);
					walk(c.replies);
				}
			};
			for (const source of pack.sources) walk(source.comments);
			for (const c of comments) commentIds.add(c.id);
			const texts = [
				...pack.sources.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)]),
				...comments.map((c) => c.text)
			].map((t) => t.toLowerCase());
			return comments.flatMap(({ id, text }) => {
				const word = text
					.toLowerCase()
					.split(/[^a-z]+/)
					.find((w) => w.length > 6 && texts.filter((t) => t.includes(w)).length === 1);
				return word ? [{ lessonId, blockId: id, word }] : [];
			});
		})[0];
		expect(found).toBeDefined();
		const results = index.search(found!.word);
		const hit = results.lessons
			.find((l) => l.lessonId === found!.lessonId)
			?.hits.find((h) => h.place.kind === 'passage' && h.place.blockId === found!.blockId);
		expect(hit).toBeDefined();
		// a hit in reader comments says they are unverified
		expect(hit!.place).toMatchObject({ kind: 'passage', unverified: true });
		const articleHit = allHits(index.search('Srebrenica').lessons).find(
			(h) => h.place.kind === 'passage' && !commentIds.has(h.place.blockId)
		);
		expect(articleHit?.place).toMatchObject({ kind: 'passage', unverified: false });
	});

	it('finds glossary entries by their other names (Artsakh), with the term to show', () => {
		const hits = allHits(index.search('Artsakh').lessons);
		const glossary = hits.find((h) => h.place.kind === 'glossary');
		expect(glossary?.place).toMatchObject({ kind: 'glossary', termId: expect.any(String) });
		expect(marked(glossary!.snippet)).toContain('Artsakh');
	});

	it('finds glossary entries by a name in its own language (Qarabağ, typed plain)', () => {
		const hits = allHits(index.search('Qarabag').lessons);
		const glossary = hits.find((h) => h.place.kind === 'glossary');
		expect(glossary?.place).toMatchObject({ kind: 'glossary', termId: 'nagorno-karabakh' });
		expect(marked(glossary!.snippet)).toContain('Qarabağ');
	});
});

describe('keeping the index up to date', () => {
	it('finds a lesson only the catalog knows by its title and summary', () => {
		const { catalog } = realLibrary();
		const entry: CatalogRow = {
			...catalog.lessons[0]!,
			id: 'not-downloaded',
			title: 'Zanzibar ferries'
		};
		const small = SearchIndex.empty();
		small.setLesson(entry.id, lessonFromCatalog(entry));
		const byTitle = small.search('zanzibar').lessons;
		expect(byTitle.map((l) => [l.lessonId, l.downloaded])).toEqual([['not-downloaded', false]]);
		expect(byTitle[0]!.hits[0]!.place).toEqual({ kind: 'title' });
		const summaryWord = entry.summary.split(' ').find((w) => /^[a-z]{7,}$/.test(w))!;
		const bySummary = small.search(summaryWord).lessons[0]!;
		expect(bySummary.hits.map((h) => h.place.kind)).toContain('summary');
	});

	it('replaces a lesson: the old text is gone, the new text is found', () => {
		const small = SearchIndex.empty();
		const lesson = lessons.get('khojaly-1992')!;
		small.setLesson('k', lesson);
		expect(small.search('Srebrenica').total).toBe(1);
		const changed: IndexedLesson = {
			...lesson,
			version: 'pack:new',
			docs: [{ kind: 'title', text: 'Quokka lesson' }],
			terms: ' quokka lesson '
		};
		small.setLesson('k', changed);
		expect(small.search('Srebrenica').total).toBe(0);
		expect(small.search('quokka').lessons[0]?.lessonId).toBe('k');
		expect(small.versions()).toEqual(new Map([['k', 'pack:new']]));
	});

	it('removes a lesson', () => {
		const small = SearchIndex.empty();
		small.setLesson('k', lessons.get('khojaly-1992')!);
		small.removeLesson('k');
		expect(small.search('Khojaly').total).toBe(0);
		expect(small.lessonCount).toBe(0);
	});
});

describe('saving the index', () => {
	it('restores what it saved, answering the same', () => {
		const saved = index.takeChanges();
		expect(saved.full).toBe(true);
		expect(saved.put.size).toBe(lessons.size);
		const restored = SearchIndex.restore({ meta: saved.meta, lessons: saved.put });
		const before = index.search('Khojali massacre');
		const after = restored.search('Khojali massacre');
		// the same lessons, hits and snippets; scores up to rounding
		const shape = (r: typeof before) =>
			r.lessons.map((l) => [l.lessonId, l.hits.map((h) => [h.place, h.snippet])]);
		expect(shape(after)).toEqual(shape(before));
		after.lessons.forEach((l, i) => expect(l.score).toBeCloseTo(before.lessons[i]!.score, 6));
		expect(restored.versions()).toEqual(index.versions());
	});

	it('saves only what changed since the last save', () => {
		const small = SearchIndex.empty();
		small.setLesson('a', lessons.get('khojaly-1992')!);
		small.setLesson('b', lessons.get('lachin-corridor-2023')!);
		small.takeChanges();
		small.removeLesson('a');
		small.setLesson('c', lessons.get('execution-video-2022')!);
		const changes = small.takeChanges();
		expect(changes.full).toBe(false);
		expect([...changes.put.keys()]).toEqual(['c']);
		expect(changes.remove).toEqual(['a']);
		expect(small.takeChanges().put.size).toBe(0);
		small.saveFailed(changes);
		expect([...small.takeChanges().put.keys()]).toEqual(['c']);
	});

	it('refuses an index from another format, or whose parts disagree', () => {
		const saved = index.takeChanges();
		const lessonsSaved = saved.put;
		const old = { meta: { ...saved.meta, format: 0 }, lessons: lessonsSaved };
		expect(() => SearchIndex.restore(old)).toThrow(/format/);
		const fewer = new Map([...lessonsSaved].slice(1));
		expect(() => SearchIndex.restore({ meta: saved.meta, lessons: fewer })).toThrow(/disagree/);
		const garbled = { meta: { ...saved.meta, index: '{"documentCount":' }, lessons: lessonsSaved };
		expect(() => SearchIndex.restore(garbled)).toThrow();
	});
});
