// The real library in content/ and seeds/: it must compile cleanly, with every quote verified.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../server/content-files';
import { compileLibrary } from '../compiler/library';
import { formatProblem } from '../compiler/problems';
import { evidenceChoices } from './evidence-choices';
import { questionKinds, type CompiledSource, type LessonPack } from './model';

const library = compileLibrary(readContentFiles(process.cwd()));

// checksums of the five seed articles as delivered: nothing may edit them
const SEED_SHA256 = {
	'000_b704e7d29a14e6d0.txt': '52d6ebd25ab0936e32796f562bd694b07555a565992444a4b717a7803a6579e5',
	'001_9b6fa28e70397fea.txt': 'f8ac5cc61b01ae071cded3c2d77490daaed1356b0ac79b65c733b07c7e973d20',
	'002_fb59eff83af74857.txt': '9b85d343fe582c4b18d95bce3b2294b65f0e59ee6e3a80c59c55fad5b9f05440',
	'003_69d5ebf786e362a8.txt': '6d81951c3524bdfde9cc28fd348762ab0bd32e3a5a974c059e2f17cb8981411a',
	'004_23c6c0a5e7c44290.txt': '281b36b5b5d7ce4360d17310c76c4d190f67caae20366c46a1ddc8b73b05b158'
};

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('the content library', () => {
	it('compiles with no problems', () => {
		expect(library.problems.map(formatProblem)).toEqual([]);
		expect(library.catalog.lessons.length).toBeGreaterThan(0);
	});

	it('keeps the seeds byte for byte as provided', () => {
		const actual = Object.fromEntries(
			readdirSync('seeds').map((name) => [name, sha256(readFileSync(`seeds/${name}`))])
		);
		expect(actual).toEqual(SEED_SHA256);
	});

	it('uses every seed in at least one source, and every source in a lesson', () => {
		const sources = new Map<string, CompiledSource>();
		for (const { json } of library.packs) {
			for (const source of (JSON.parse(json) as LessonPack).sources) sources.set(source.id, source);
		}
		const seedsUsed = new Set([...sources.values()].map((s) => s.seed));
		expect([...seedsUsed].sort()).toEqual(Object.keys(SEED_SHA256).sort());
		const files = readdirSync('content/sources').map((f) => f.replace(/\.md$/, ''));
		expect([...sources.keys()].sort()).toEqual(files.sort());
	});

	it('gives every lesson at least two sources, four claims and eight questions of all five kinds', () => {
		expect(library.catalog.lessons.length).toBeGreaterThanOrEqual(4);
		for (const { json } of library.packs) {
			const { lesson } = JSON.parse(json) as LessonPack;
			const kinds = new Set(lesson.questions.map((q) => q.kind));
			const autoChecked = lesson.questions.filter(
				(q) => q.kind === 'multiple-choice' || q.kind === 'evidence'
			);
			expect(lesson.perspectives.length, lesson.id).toBeGreaterThanOrEqual(2);
			expect(lesson.claims.length, lesson.id).toBeGreaterThanOrEqual(4);
			expect(lesson.questions.length, lesson.id).toBeGreaterThanOrEqual(8);
			expect([...kinds].sort(), lesson.id).toEqual([...questionKinds].sort());
			expect(autoChecked.length, lesson.id).toBeGreaterThanOrEqual(3);
			expect(lesson.contentNote.length, lesson.id).toBeGreaterThan(20);
			expect(lesson.teacherGuide.length, lesson.id).toBeGreaterThan(500);
		}
	});

	it('puts the article’s own questions into a lesson', () => {
		const asked = library.packs.flatMap(({ json }) =>
			(JSON.parse(json) as LessonPack).lesson.questions.filter((q) => q.fromArticle)
		);
		expect(asked.length).toBeGreaterThanOrEqual(3);
	});

	it('tells students in every lesson what the library has and lacks, and gives dated context', () => {
		for (const { json } of library.packs) {
			const { lesson } = JSON.parse(json) as LessonPack;
			expect(lesson.balanceNote, lesson.id).toMatch(/library/);
			expect(lesson.timeline.length, lesson.id).toBeGreaterThan(0);
		}
	});

	it('offers every accepted evidence answer as a choice, comment threads included', () => {
		let checked = 0;
		for (const { json } of library.packs) {
			const pack = JSON.parse(json) as LessonPack;
			for (const q of pack.lesson.questions) {
				if (q.kind !== 'evidence') continue;
				const source = pack.sources.find((s) => s.id === q.source);
				expect(source, `${pack.lesson.id}/${q.id}`).toBeDefined();
				const offered = new Set(evidenceChoices(source!).map((b) => b.id));
				for (const id of q.answers) expect(offered.has(id), `${pack.lesson.id}/${q.id}`).toBe(true);
				checked += q.answers.length;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});

	it('asks every question an article asks its readers, in some lesson', () => {
		const asked = new Set(
			library.packs.flatMap(({ json }) =>
				(JSON.parse(json) as LessonPack).lesson.questions.flatMap((q) =>
					q.fromArticle ? [`${q.fromArticle}: ${q.prompt}`] : []
				)
			)
		);
		for (const { json } of library.packs) {
			for (const source of (JSON.parse(json) as LessonPack).sources) {
				for (const question of source.questions) expect(asked).toContain(`${source.id}: ${question}`);
			}
		}
	});
});
