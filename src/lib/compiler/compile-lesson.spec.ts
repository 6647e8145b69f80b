// Issue 14's checks: evidence answers the question can offer, guessable multiple choice, the
// balance note and the timeline.
import { describe, expect, it } from 'vitest';
import { optionId } from '../content/choice-ids';
import { evidenceChoices } from '../content/evidence-choices';
import type { CompiledQuestion, LessonPack } from '../content/schema/compiled';
import { compileLibrary } from './library';
import { formatProblem } from './problems';
import {
	LESSON_YAML,
	TIMELINE,
	commentsSource,
	library,
	lessonFile,
	sourceFile
} from './test-factory';
import type { ContentFiles } from './library';

const FILE = 'content/lessons/flood.md';

function compile(yaml: string, overrides: Partial<ContentFiles> = {}) {
	const result = compileLibrary(
		library({ lessons: [{ path: FILE, text: lessonFile(yaml) }], ...overrides })
	);
	return {
		problems: result.problems.map(formatProblem),
		packs: result.packs.map((p) => JSON.parse(p.json) as LessonPack)
	};
}

/** The only pack of a clean compile. */
function packOf(yaml: string, overrides: Partial<ContentFiles> = {}): LessonPack {
	const { problems, packs } = compile(yaml, overrides);
	expect(problems).toEqual([]);
	expect(packs).toHaveLength(1);
	return packs[0]!;
}

/** The file line of the first front-matter line containing `needle` (line 1 is the opening ---). */
function lineOf(yaml: string, needle: string): number {
	const index = yaml.split('\n').findIndex((line) => line.includes(needle));
	expect(index, needle).toBeGreaterThanOrEqual(0);
	return index + 2;
}

function question<K extends CompiledQuestion['kind']>(pack: LessonPack, id: string, kind: K) {
	const q = pack.lesson.questions.find((q) => q.id === id);
	expect(q?.kind).toBe(kind);
	return q as Extract<CompiledQuestion, { kind: K }>;
}

const withEvidenceAnswer = (answer: string) =>
	LESSON_YAML.replace('    answer: critics blamed the dam\n', `    answer: ${answer}\n`);

describe('evidence answers', () => {
	it('fails, naming the file, line, question and why, for a quote in a caption', () => {
		const yaml = withEvidenceAnswer('photo of the river');
		const { problems, packs } = compile(yaml);
		expect(packs).toEqual([]);
		expect(problems).toEqual([
			`${FILE}:${lineOf(yaml, 'answer: photo of the river')}  questions[1].answer: "photo of the river" is in a caption, which question "q-evidence" does not offer as a choice (it offers the paragraphs of "gazette")`
		]);
	});

	it('fails for a quote in a subheading', () => {
		const body = [
			'## A Test Headline',
			'Officials blamed the storm; critics blamed the dam — both sides agree the river rose fast.'
		].join('\n\n');
		const sources = [
			{ path: 'content/sources/gazette.md', text: sourceFile({}, body) },
			{ path: 'content/sources/herald.md', text: sourceFile({ outlet: 'null', kind: 'opinion' }) }
		];
		const yaml = withEvidenceAnswer('Test Headline').replace(
			'12 people had died',
			'critics blamed the dam'
		);
		const { problems } = compile(yaml, { sources });
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/lessons\/flood\.md:\d+ {2}questions\[1\]\.answer: "Test Headline" is in a subheading, which question "q-evidence" does not offer as a choice/
			)
		]);
	});

	it('names the question when a quote is not in the source', () => {
		const { problems } = compile(withEvidenceAnswer('critics blamed the mayor'));
		expect(problems).toEqual([
			expect.stringMatching(
				/questions\[1\]\.answer: not found verbatim in source "gazette": "critics blamed the mayor" \(question "q-evidence"\)$/
			)
		]);
	});

	it('compiles an answer of several paragraphs, each one of the choices the question offers', () => {
		const pack = packOf(withEvidenceAnswer('[critics blamed the dam, 12 people had died]'));
		const q = question(pack, 'q-evidence', 'evidence');
		const gazette = pack.sources.find((s) => s.id === 'gazette')!;
		const holder = (words: string) => gazette.blocks.find((b) => b.text.includes(words))!.id;
		expect(q.answers).toEqual([holder('critics blamed the dam'), holder('12 people had died')]);
		expect(q.answerQuotes).toEqual(['critics blamed the dam', '12 people had died']);
		const offered = evidenceChoices(gazette).map((b) => b.id);
		for (const id of q.answers) expect(offered).toContain(id);
		expect(new Set(q.answers).size).toBe(2);
	});

	it('compiles a single quote as a list of one', () => {
		const q = question(packOf(LESSON_YAML), 'q-evidence', 'evidence');
		expect(q.answers).toHaveLength(1);
		expect(q.answers[0]).toMatch(/^p-[0-9a-f]{8}$/);
		expect(q.answerQuotes).toEqual(['critics blamed the dam']);
	});

	it('fails for an item of a list in a caption, naming its place in the list', () => {
		const yaml = withEvidenceAnswer('[critics blamed the dam, photo of the river]');
		const { problems } = compile(yaml);
		expect(problems).toEqual([
			expect.stringMatching(
				/flood\.md:\d+ {2}questions\[1\]\.answer\[1\]: "photo of the river" is in a caption, which question "q-evidence"/
			)
		]);
	});

	it('fails for two quotes in the same paragraph', () => {
		const { problems } = compile(
			withEvidenceAnswer('[critics blamed the dam, the river rose fast]')
		);
		expect(problems).toEqual([
			expect.stringMatching(
				/questions\[1\]\.answer\[1\]: "the river rose fast" is in the same paragraph as answer\[0\] \(question "q-evidence"\)/
			)
		]);
	});

	it('fails for a source that is not one of the lesson’s perspectives', () => {
		const { problems } = compile(
			LESSON_YAML.replace('    source: gazette\n', '    source: tribune\n')
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/questions\[1\]\.source: source "tribune" is not one of this lesson's perspectives \(question "q-evidence"\)/
			)
		);
	});

	describe('over a reader-comments source', () => {
		const withComments = (answer: string) =>
			LESSON_YAML.replace('  - herald\n', '  - herald\n  - gazette-comments\n')
				.replace(
					'      herald:\n        notAddressed: true\n',
					'      herald:\n        notAddressed: true\n      gazette-comments:\n        notAddressed: true\n'
				)
				.replace('    source: gazette\n', '    source: gazette-comments\n')
				.replace('    answer: critics blamed the dam\n', `    answer: ${answer}\n`);
		const sources = () => [...library().sources, commentsSource()];

		it('compiles an answer inside a comment and a reply, and both are among the choices offered', () => {
			const pack = packOf(
				withComments('[never inspected after the last flood, inspection report was published]'),
				{ sources: sources() }
			);
			const q = question(pack, 'q-evidence', 'evidence');
			const thread = pack.sources.find((s) => s.id === 'gazette-comments')!;
			expect(thread.kind).toBe('reader-comments');
			expect(thread.blocks).toEqual([]);
			const offered = evidenceChoices(thread);
			expect(offered.map((b) => b.text)).toEqual([
				'The dam was never inspected after the last flood.',
				'Nobody on the council answered our letters.',
				'The inspection report was published in May.'
			]);
			expect(q.answers).toEqual([offered[0]!.id, offered[2]!.id]);
			expect(q.answers[0]).toMatch(/^c-[0-9a-f]{8}$/);
		});

		it('fails for a quote in the article when the question is over its comments', () => {
			const { problems } = compile(withComments('critics blamed the dam'), { sources: sources() });
			expect(problems).toEqual([
				expect.stringMatching(
					/questions\[1\]\.answer: not found verbatim in source "gazette-comments": "critics blamed the dam" \(question "q-evidence"\)/
				)
			]);
		});
	});

	it('fails for a comment paragraph kept on an article, which an article’s question does not offer', () => {
		const article = sourceFile({
			comments:
				'\n  - author: Rita Reader\n    text: The dam was never inspected after the last flood.'
		});
		const sources = [
			{ path: 'content/sources/gazette.md', text: article },
			{ path: 'content/sources/herald.md', text: sourceFile({ outlet: 'null', kind: 'opinion' }) }
		];
		const { problems } = compile(withEvidenceAnswer('never inspected'), { sources });
		expect(problems).toEqual([
			expect.stringMatching(
				/questions\[1\]\.answer: "never inspected" is in a reader comment, which question "q-evidence" does not offer as a choice/
			)
		]);
	});
});

describe('multiple choice', () => {
	const mc = (id: string, choices: string[], answer: string) =>
		`  - id: ${id}\n    kind: multiple-choice\n    prompt: Which?\n    choices: ${JSON.stringify(choices)}\n    answer: ${JSON.stringify(answer)}\n    explanation: Because.\n`;
	const withQuestions = (...extra: string[]) =>
		LESSON_YAML.replace('  - id: q-evidence\n', `${extra.join('')}  - id: q-evidence\n`);
	const longest = (id: string) =>
		mc(
			id,
			['Yes', 'No', 'The council, in its statement on Monday'],
			'The council, in its statement on Monday'
		);
	const fair = (id: string) => mc(id, ['The council', 'The residents', 'Nobody'], 'The council');

	it('gives each option an id from its text, stable when the options are reordered', () => {
		const pack = packOf(LESSON_YAML);
		const reordered = packOf(
			LESSON_YAML.replace(
				'choices: [The council, The residents]',
				'choices: [The residents, The council]'
			)
		);
		const a = question(pack, 'q-mc', 'multiple-choice');
		const b = question(reordered, 'q-mc', 'multiple-choice');
		expect(b.choices.map((c) => c.text)).toEqual(['The residents', 'The council']);
		expect(b.choices).toEqual([...a.choices].reverse());
		expect(a.answer).toBe(optionId('The council'));
		expect(b.answer).toBe(a.answer);
		expect(a.choices[0]!.id).not.toBe(a.choices[1]!.id);
	});

	it('fails for two options with the same id', () => {
		const yaml = LESSON_YAML.replace(
			'choices: [The council, The residents]',
			'choices: [The council, The residents, "The  council"]'
		);
		const { problems } = compile(yaml);
		expect(problems).toEqual([
			expect.stringMatching(
				/flood\.md:\d+ {2}questions\[0\]\.choices\[2\]: duplicate choice "The council": the same as choices\[0\]/
			)
		]);
	});

	it('fails, naming the file and the questions, when more than a third give the answer away by length', () => {
		const yaml = withQuestions(longest('q-long-1'), longest('q-long-2'), fair('q-fair'));
		const { problems, packs } = compile(yaml);
		expect(packs).toEqual([]);
		expect(problems).toEqual([
			`${FILE}:${lineOf(yaml, '- id: q-mc')}  questions: the correct option is the longest in 2 of 4 multiple-choice questions (q-long-1, q-long-2); at most a third may be (here 1): rewrite the options so that length gives nothing away`
		]);
	});

	it('fails for a lesson whose only multiple-choice question gives itself away', () => {
		const yaml = LESSON_YAML.replace(
			'choices: [The council, The residents]',
			'choices: [The council, Nobody]'
		);
		expect(compile(yaml).problems).toEqual([
			expect.stringMatching(
				/questions: the correct option is the longest in 1 of 1 multiple-choice questions \(q-mc\)/
			)
		]);
	});

	it('passes a lesson where at most a third do', () => {
		const pack = packOf(withQuestions(longest('q-long'), fair('q-fair')));
		expect(pack.lesson.questions.filter((q) => q.kind === 'multiple-choice')).toHaveLength(3);
	});
});

describe('balance note', () => {
	it('is required', () => {
		const yaml = LESSON_YAML.replace(/\nbalanceNote: .*/, '');
		expect(compile(yaml).problems).toEqual([
			'content/lessons/flood.md:2  balanceNote: is required (expected string)'
		]);
	});

	it('is copied into the lesson', () => {
		expect(packOf(LESSON_YAML).lesson.balanceNote).toBe(
			'Both accounts are from local newspapers; no official report is in this library.'
		);
	});
});

describe('timeline', () => {
	it('compiles the lesson’s events in date order, names always a list', () => {
		const pack = packOf(LESSON_YAML);
		expect(pack.lesson.timeline).toEqual([
			{
				id: 'dam-built',
				date: '1971',
				text: 'The dam upstream of the town is finished.',
				names: []
			},
			{
				id: 'flood-1990',
				date: '1990-03-12',
				text: 'The river floods the town.',
				names: [{ name: 'the Great Flood', usedBy: 'local usage' }]
			}
		]);
	});

	it('sorts a year before a month and a day of that year', () => {
		const timeline = {
			path: 'content/timeline.yml',
			text: `${TIMELINE}- id: year-1990\n  date: '1990'\n  text: A wet year.\n- id: march-1990\n  date: 1990-03\n  text: A wet month.\n`
		};
		const yaml = LESSON_YAML.replace(
			'  - flood-1990\n',
			'  - flood-1990\n  - inquiry-1991\n  - march-1990\n  - year-1990\n'
		);
		expect(packOf(yaml, { timeline }).lesson.timeline.map((e) => e.id)).toEqual([
			'dam-built',
			'year-1990',
			'march-1990',
			'flood-1990',
			'inquiry-1991'
		]);
	});

	it('reads a bare year (a number in YAML) as that year', () => {
		const text = TIMELINE.replace("date: '1971'", 'date: 1971');
		expect(
			packOf(LESSON_YAML, { timeline: { path: 'content/timeline.yml', text } }).lesson.timeline[0]!
				.date
		).toBe('1971');
	});

	it('is empty for a lesson that names no events', () => {
		expect(packOf(LESSON_YAML.replace(/\ntimeline:\n( {2}- .*\n)+/, '\n')).lesson.timeline).toEqual(
			[]
		);
	});

	it('fails for an unknown id, naming file, line and field', () => {
		const yaml = LESSON_YAML.replace('  - flood-1990\n', '  - flood-2099\n');
		expect(compile(yaml).problems).toEqual([
			`${FILE}:${lineOf(yaml, '- flood-2099')}  timeline[1]: unknown timeline event "flood-2099" (not in content/timeline.yml)`
		]);
		expect(compile(LESSON_YAML, { timeline: undefined }).problems).toEqual([
			expect.stringMatching(
				/timeline\[0\]: unknown timeline event "dam-built" \(there is no content\/timeline\.yml\)/
			),
			expect.stringMatching(
				/timeline\[1\]: unknown timeline event "flood-1990" \(there is no content\/timeline\.yml\)/
			)
		]);
	});

	it('carries a name’s own form and language', () => {
		const text = TIMELINE.replace(
			'      usedBy: local usage\n',
			'      usedBy: local usage\n      native:\n        text: Մեծ ջրհեղեղ\n        lang: hy\n'
		);
		const events = packOf(LESSON_YAML, { timeline: { path: 'content/timeline.yml', text } }).lesson
			.timeline;
		expect(events[1]!.names).toEqual([
			{
				name: 'the Great Flood',
				usedBy: 'local usage',
				native: { text: 'Մեծ ջրհեղեղ', lang: 'hy' }
			}
		]);
	});

	it('fails for a name’s own form in the wrong script, naming file, line and field', () => {
		const text = TIMELINE.replace(
			'      usedBy: local usage\n',
			'      usedBy: local usage\n      native:\n        text: Velikiy potop\n        lang: ru\n'
		);
		expect(
			compile(LESSON_YAML, { timeline: { path: 'content/timeline.yml', text } }).problems
		).toContainEqual(
			'content/timeline.yml:8  [0].names[0].native.text: "Velikiy potop" has the Latin letter "V": ru is written in Cyrillic script'
		);
	});

	it('fails for an event listed twice', () => {
		const yaml = LESSON_YAML.replace('  - flood-1990\n', '  - flood-1990\n  - dam-built\n');
		expect(compile(yaml).problems).toEqual([
			expect.stringMatching(/timeline\[2\]: timeline event "dam-built" is listed twice/)
		]);
	});

	it('reports problems in timeline.yml with file, line and field', () => {
		const text = `${TIMELINE}- id: flood-1990\n  date: 1990-02-30\n  text: Again.\n- id: no-text\n  date: 1990\n- id: bad-month\n  date: 1990-13\n  text: x\n`;
		const { problems } = compile(LESSON_YAML, { timeline: { path: 'content/timeline.yml', text } });
		expect(problems).toEqual([
			'content/timeline.yml:16  [4].text: is required (expected string)',
			'content/timeline.yml:13  [3].id: duplicate timeline id "flood-1990"',
			'content/timeline.yml:14  [3].date: "1990-02-30" is not a date in the calendar',
			'content/timeline.yml:19  [5].date: "1990-13" is not a date in the calendar'
		]);
	});

	it('reports a lesson’s events as unknown because of the broken file, not on their own', () => {
		const timeline = { path: 'content/timeline.yml', text: '- id: dam-built\n  date: 1971\n' };
		const { problems } = compile(LESSON_YAML, { timeline });
		expect(problems).toContainEqual(
			expect.stringMatching(/^content\/timeline\.yml:1 {2}\[0\]\.text: is required/)
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/timeline\[0\]: unknown timeline event "dam-built" \(not in content\/timeline\.yml, which has problems \(reported above\)\)/
			)
		);
	});
});

describe('the test factory', () => {
	it('seeds the comments thread it offers', () => {
		const { problems } = compile(LESSON_YAML, {
			sources: [...library().sources, commentsSource()]
		});
		expect(problems).toEqual([]);
	});
});
