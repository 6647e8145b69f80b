// @vitest-environment jsdom
// Text that looks like markup, or that XML cannot hold, goes into the package as text: the
// independent player reads back exactly what the app shows, and every file stays well-formed.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { compiledLibrary } from '$lib/db/test-factory';
import type { CompiledQuestion, LessonPack } from '$lib/content/model';
import { escapeAttribute, escapeText } from './xml';
import { ncName } from './identifiers';
import { lessonQtiPackage } from './package';
import { playQti21Item, type PlayedItem } from './test-qti-player';

// markup, entities, a CDATA end, quotes, a control character, an astral character, a lone surrogate
const HOSTILE = `Is <b>this</b> &amp; "that" 'ok'? ]]> a\u0001b 𝄞 <script>alert(1)</script>\uD800!`;
const SHOWN = `Is <b>this</b> &amp; "that" 'ok'? ]]> ab 𝄞 <script>alert(1)</script>!`;

describe('XML escaping', () => {
	it('escapes text and attributes, and drops what XML 1.0 cannot hold', () => {
		expect(escapeText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
		expect(escapeText('x\u0000\u0008\u000b\u001f\uFFFEy\tz\r\nw')).toBe('xy\tz\nw');
		expect(escapeAttribute(`"it's"\n\tx`)).toBe('&quot;it&apos;s&quot;&#10;&#9;x');
		expect(escapeText('𝄞\uDC00')).toBe('𝄞');
	});

	it('makes an NCName of any id', () => {
		expect(ncName('item-', '2024-lesson')).toBe('item-2024-lesson');
		expect(ncName('', '2024')).toBe('_2024');
		expect(ncName('q-', 'a b/c:d')).toBe('q-a_b_c_d');
	});
});

describe('a lesson whose words look like markup', () => {
	const { packs } = compiledLibrary();
	const pack = structuredClone([...packs.values()][0]!.pack) as LessonPack;
	// a lesson id and question ids that start with digits, and text of every kind made hostile
	pack.lesson.id = '2024-lesson';
	pack.lesson.title = HOSTILE;
	const kinds = new Set<string>();
	pack.lesson.questions = pack.lesson.questions.filter((q) => {
		if (kinds.has(q.kind)) return false;
		kinds.add(q.kind);
		return true;
	});
	// the test library has no short answer: one is added
	if (!kinds.has('short-answer')) {
		kinds.add('short-answer');
		pack.lesson.questions.push({ id: 'x', prompt: 'x', kind: 'short-answer', modelAnswer: 'x' });
	}
	for (const [i, q] of pack.lesson.questions.entries()) {
		q.id = `${i}th`;
		q.prompt = HOSTILE;
		if (q.kind === 'multiple-choice') q.choices[1]!.text = HOSTILE;
		if (q.kind === 'short-answer') q.modelAnswer = `${HOSTILE}\nSecond line`;
		if (q.kind === 'discussion') q.hints = [HOSTILE];
	}
	const made = lessonQtiPackage(pack.lesson, pack.sources);
	const played: PlayedItem[] = [];
	beforeAll(() => {
		vi.spyOn(console, 'debug').mockImplementation(() => {});
	});
	afterEach(() => {
		for (const item of played.splice(0)) item.remove();
	});

	it('has a question of every kind to check', () => {
		expect([...kinds].sort()).toEqual(
			['compare', 'discussion', 'evidence', 'multiple-choice', 'short-answer'].sort()
		);
	});

	it.each(pack.lesson.questions.map((q, i) => [q.kind, q, i] as const))(
		'%s reads back as the app shows it',
		async (_kind, question: CompiledQuestion, i) => {
			const archive = await JSZip.loadAsync(made.bytes, { checkCRC32: true });
			const xml = await archive.file(made.items[i]!.href)!.async('string');
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			expect(doc.querySelector('parsererror')).toBeNull();
			expect(xml).not.toContain('<b>');
			expect(xml).not.toContain('<script>');
			const item = await playQti21Item(xml);
			played.push(item);
			expect(item.identifier).toBe(`item-2024-lesson-${i}th`);
			expect(item.prompt).toBe(SHOWN);
			if (question.kind === 'multiple-choice') expect(item.choices[1]!.text).toBe(SHOWN);
			if (question.kind === 'discussion') expect(item.lead).toEqual(['Hints:', SHOWN]);
			if (question.kind === 'short-answer') {
				expect(item.response.correctResponse).toBe(`${SHOWN}\nSecond line`);
			}
		}
	);

	it('titles the test with the lesson’s title, as text', async () => {
		const archive = await JSZip.loadAsync(made.bytes);
		const xml = await archive.file('assessment.xml')!.async('string');
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.documentElement.getAttribute('title')).toBe(SHOWN);
		expect(made.name).toBe('2024-lesson.qti.zip');
	});
});
