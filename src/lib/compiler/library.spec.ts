import { describe, expect, it } from 'vitest';
import { optionId } from '../content/choice-ids';
import { compileLibrary, compileLibraryInTurns } from './library';
import { formatProblem } from './problems';
import { GLOSSARY, LESSON_YAML, SEED_NAME, library, lessonFile, sourceFile } from './test-factory';

function problemsOf(files = library()) {
	return compileLibrary(files).problems.map(formatProblem);
}

function withLesson(yaml: string) {
	return library({ lessons: [{ path: 'content/lessons/flood.md', text: lessonFile(yaml) }] });
}

describe('compileLibrary', () => {
	it('compiles a valid library into a catalog and packs', () => {
		const result = compileLibrary(library());
		expect(result.problems).toEqual([]);
		expect(result.catalog.lessons).toHaveLength(1);
		const [entry] = result.catalog.lessons;
		expect(entry?.id).toBe('flood');
		expect(entry?.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(entry?.pack).toBe(`/content/packs/flood-${entry?.hash.slice(0, 12)}.json`);
		const pack = JSON.parse(result.packs[0]!.json);
		expect(pack.lesson.claims[0].cells[0].blockId).toMatch(/^p-[0-9a-f]{8}$/);
		expect(pack.format).toBe(2);
		const mc = pack.lesson.questions.find((q: { id: string }) => q.id === 'q-mc');
		expect(mc.choices).toEqual([
			{ id: optionId('The council'), text: 'The council' },
			{ id: optionId('The residents'), text: 'The residents' }
		]);
		expect(mc.answer).toBe(optionId('The council'));
		expect(pack.lesson.balanceNote).toMatch(/^Both accounts are from local newspapers/);
		expect(pack.sources.map((s: { id: string }) => s.id)).toEqual(['gazette', 'herald']);
		expect(pack.sources[0].blocks.map((b: { type: string }) => b.type)).toEqual([
			'paragraph',
			'paragraph',
			'caption'
		]);
	});

	it('gives the same ids and hash for the same content (deterministic builds)', () => {
		expect(compileLibrary(library()).catalog).toEqual(compileLibrary(library()).catalog);
	});

	it('compiles the same library in turns of the event loop (the CLI frees memory that way)', async () => {
		expect(await compileLibraryInTurns(library(), 1)).toEqual(compileLibrary(library()));
	});

	it('reports a missing seed file', () => {
		const files = library({ seeds: new Map() });
		expect(problemsOf(files)).toContainEqual(
			`content/sources/gazette.md:13  seed: seed file "seeds/${SEED_NAME}" does not exist`
		);
	});

	it('names the source file and the paragraph when a paragraph is not in its seed', () => {
		const body = 'The council said on Tuesday that 12 people had died in the flooding.';
		const files = library({
			sources: [
				{ path: 'content/sources/gazette.md', text: sourceFile({}, body) },
				{ path: 'content/sources/herald.md', text: sourceFile() }
			]
		});
		const problems = problemsOf(files);
		expect(problems[0]).toMatch(
			/^content\/sources\/gazette\.md:18 {2}body: not found verbatim in seeds\/000_test\.txt: "The council said on Tuesday/
		);
	});

	it('accepts typographic quotes and dashes that differ from the seed', () => {
		expect(problemsOf()).toEqual([]);
	});

	it('reports a claim quote that is not in its source', () => {
		const problems = problemsOf(
			withLesson(LESSON_YAML.replace('12 people had died', '13 people had died'))
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/flood\.md:14 {2}claims\[0\]\.cells\.gazette\.quote: not found verbatim in source "gazette"/
			)
		);
	});

	it('reports an evidence quote that is not in its source', () => {
		const problems = problemsOf(
			withLesson(LESSON_YAML.replace('critics blamed the dam', 'critics blamed the mayor'))
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/questions\[1\]\.answer: not found verbatim/)
		);
	});

	it('reports an unknown question kind with the kinds it expected', () => {
		const problems = problemsOf(withLesson(LESSON_YAML.replace('kind: compare', 'kind: essay')));
		expect(problems).toContainEqual(
			expect.stringMatching(
				/flood\.md:\d+ {2}questions\[2\]\.kind: expected kind to be one of "discussion", "short-answer", "multiple-choice", "evidence", "compare", got "essay"/
			)
		);
	});

	it('reports duplicate ids', () => {
		const problems = problemsOf(withLesson(LESSON_YAML.replace('id: q-compare', 'id: q-mc')));
		expect(problems).toContainEqual(
			expect.stringMatching(/questions\[2\]\.id: duplicate question id "q-mc"/)
		);
		const glossary = {
			path: 'content/glossary.yml',
			text: `- id: dam\n  term: dam\n  definition: one\n- id: dam\n  term: dam 2\n  definition: two\n`
		};
		expect(problemsOf(library({ glossary }))).toContainEqual(
			'content/glossary.yml:4  [1].id: duplicate glossary id "dam"'
		);
	});

	it('checks that a glossary name’s own form is in its language’s script', () => {
		const glossary = (text: string, lang: string) => ({
			path: 'content/glossary.yml',
			text: `${GLOSSARY}      native:\n        text: ${text}\n        lang: ${lang}\n`
		});
		expect(problemsOf(library({ glossary: glossary('Плотина', 'ru') }))).toEqual([]);
		expect(problemsOf(library({ glossary: glossary('Plotina', 'ru') }))).toContainEqual(
			'content/glossary.yml:8  [0].names[0].native.text: "Plotina" has the Latin letter "P": ru is written in Cyrillic script'
		);
		expect(problemsOf(library({ glossary: glossary('Plotina', 'ro') }))).toContainEqual(
			'content/glossary.yml:9  [0].names[0].native.lang: expected one of "hy", "az", "ru", got "ro"'
		);
	});

	it('reports a lesson naming an unknown source', () => {
		const problems = problemsOf(withLesson(LESSON_YAML.replace('  - herald', '  - tribune')));
		expect(problems).toContainEqual(
			expect.stringMatching(/perspectives\[1\]: unknown source "tribune"/)
		);
	});

	it('reports a multiple-choice answer that is not one of the choices', () => {
		const problems = problemsOf(
			withLesson(LESSON_YAML.replace('answer: The council', 'answer: The mayor'))
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/questions\[0\]\.answer: "The mayor" is not one of the choices/)
		);
	});

	it('reports malformed YAML front matter with its line', () => {
		const files = library({
			lessons: [
				{ path: 'content/lessons/flood.md', text: lessonFile('title: [unclosed\nsummary: x') }
			]
		});
		expect(problemsOf(files)).toContainEqual(
			expect.stringMatching(/^content\/lessons\/flood\.md:\d+ {2}front matter: malformed YAML/)
		);
		const unclosed = library({
			lessons: [{ path: 'content/lessons/flood.md', text: '---\ntitle: x\n' }]
		});
		expect(problemsOf(unclosed)).toContainEqual(
			expect.stringMatching(/front matter is not closed/)
		);
	});

	it('reports every problem at once, across files', () => {
		const files = library({
			sources: [
				{ path: 'content/sources/gazette.md', text: sourceFile({ kind: 'rumour', title: '' }) },
				{ path: 'content/sources/herald.md', text: sourceFile({ seed: 'missing.txt' }) }
			]
		});
		const problems = problemsOf(files);
		expect(problems.length).toBeGreaterThanOrEqual(4);
		expect(problems.join('\n')).toMatch(/gazette\.md:\d+ {2}kind: expected one of/);
		expect(problems.join('\n')).toMatch(/gazette\.md:\d+ {2}title: is required/);
		expect(problems.join('\n')).toMatch(
			/herald\.md:13 {2}seed: seed file "seeds\/missing\.txt" does not exist/
		);
		// a broken source is reported once, not again by every lesson that uses it
		expect(problems.filter((p) => p.includes('gazette')).length).toBeLessThanOrEqual(4);
	});

	it('reports a question marked as from the article that the article does not ask', () => {
		const problems = problemsOf(
			withLesson(
				LESSON_YAML.replace(
					'prompt: What should the council have done?',
					'prompt: What should the mayor have done?'
				)
			)
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/questions\[3\]\.prompt: is marked as from the article/)
		);
	});

	it('reports a claim that leaves a perspective out', () => {
		const problems = problemsOf(
			withLesson(LESSON_YAML.replace('      herald:\n        notAddressed: true\n', ''))
		);
		expect(problems).toContainEqual(expect.stringMatching(/claims\[0\]\.cells\.herald: missing/));
	});

	it('reports a glossary term the lesson names that does not exist', () => {
		const problems = problemsOf(withLesson(LESSON_YAML.replace('  - dam', '  - levee')));
		expect(problems).toContainEqual(
			expect.stringMatching(/glossary\[0\]: unknown glossary term "levee"/)
		);
	});
});
