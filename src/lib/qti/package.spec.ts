// @vitest-environment jsdom
// Every question of every library lesson, exported and read back by implementations that are not
// ours: JSZip opens the archive (checking each CRC-32), Citolab's converter and player read each
// item (test-qti-player.ts) and must find the same prompt, choices in order, and key.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import JSZip from 'jszip';
import { qtiTransformTest } from '@citolab/qti-components/qti-transformers';
import { convertQti2toQti3 } from '@citolab/qti-convert/qti-convert-node';
import { compileLibrary } from '$lib/compiler/library';
import { evidenceChoices } from '$lib/content/evidence-choices';
import type { CompiledQuestion, LessonPack } from '$lib/content/model';
import { sourceLabel } from '$lib/reader/source-label';
import { readContentFiles } from '$lib/server/content-files';
import { lessonQtiPackage } from './package';
import { playQti21Item, type PlayedItem } from './test-qti-player';

const compiled = compileLibrary(readContentFiles(join(import.meta.dirname, '../../..')));
const packs = compiled.packs.map((p) => JSON.parse(p.json) as LessonPack);
const NC_NAME = /^[A-Za-z_][\w.-]*$/;
// written out, not imported: a test that shares the code's constants cannot catch a wrong one
const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ITEM_RESOURCE = 'imsqti_item_xmlv2p1';
const TEST_RESOURCE = 'imsqti_test_xmlv2p1';
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const parseXml = (text: string) => {
	const doc = new DOMParser().parseFromString(text, 'application/xml');
	expect(doc.querySelector('parsererror')).toBeNull();
	return doc;
};

const played: PlayedItem[] = [];
beforeAll(() => {
	// the player logs its variables as it works
	vi.spyOn(console, 'debug').mockImplementation(() => {});
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
	for (const item of played.splice(0)) item.remove();
});

async function play(xml: string): Promise<PlayedItem> {
	const item = await playQti21Item(xml);
	played.push(item);
	return item;
}

/** What the item must say, from the compiled question alone. */
function expectSameQuestion(item: PlayedItem, question: CompiledQuestion, pack: LessonPack) {
	expect(item.prompt).toBe(question.prompt);
	const textOf = (id: string) => item.choices.find((choice) => choice.identifier === id)?.text;
	const others = (keys: string[]) =>
		item.choices.filter((choice) => !keys.includes(choice.identifier));
	switch (question.kind) {
		case 'multiple-choice': {
			expect(item.interaction).toBe('choice');
			expect(item.choices.map((c) => c.text)).toEqual(question.choices.map((c) => c.text));
			const key = item.response.correctResponse as string;
			expect(textOf(key)).toBe(question.choices.find((c) => c.id === question.answer)!.text);
			expect(item.score(key)).toBe(1);
			for (const wrong of others([key])) expect(item.score(wrong.identifier)).toBe(0);
			break;
		}
		case 'evidence': {
			const source = pack.sources.find((s) => s.id === question.source)!;
			const paragraphs = evidenceChoices(source);
			expect(item.interaction).toBe('choice');
			expect(item.response.cardinality).toBe('single');
			expect(item.choices.map((c) => c.text)).toEqual(paragraphs.map((b) => b.text));
			const accepted = paragraphs.filter((b) => question.answers.includes(b.id));
			const keys = item.choices.filter((c) => accepted.some((b) => b.text === c.text));
			expect(keys).toHaveLength(question.answers.length);
			// the declared correct response: the first paragraph the author gave
			const first = paragraphs.find((b) => b.id === question.answers[0])!;
			expect(textOf(item.response.correctResponse as string)).toBe(first.text);
			// any accepted paragraph is right, as the app grades it; every other one is not
			for (const key of keys) expect(item.score(key.identifier)).toBe(1);
			for (const wrong of others(keys.map((k) => k.identifier))) {
				expect(item.score(wrong.identifier)).toBe(0);
			}
			break;
		}
		case 'short-answer':
			expect(item.interaction).toBe('extended-text');
			expect(item.response.baseType).toBe('string');
			expect(item.response.correctResponse).toBe(question.modelAnswer);
			break;
		case 'discussion':
			expect(item.interaction).toBe('extended-text');
			expect(item.lead).toEqual(question.hints.length ? ['Hints:', ...question.hints] : []);
			break;
		case 'compare': {
			expect(item.interaction).toBe('extended-text');
			const names = question.sources.map((id) =>
				sourceLabel(pack.sources.find((s) => s.id === id)!)
			);
			expect(item.lead).toEqual([`Answer for each account: ${names.join('; ')}.`]);
			break;
		}
	}
}

describe('a lesson as a QTI 2.1 package', () => {
	it('covers every lesson of the library, with questions of all five kinds', () => {
		expect(packs.length).toBeGreaterThanOrEqual(2);
		const kinds = new Set(packs.flatMap((p) => p.lesson.questions.map((q) => q.kind)));
		expect([...kinds].sort()).toEqual(
			['compare', 'discussion', 'evidence', 'multiple-choice', 'short-answer'].sort()
		);
	});

	describe.each(packs.map((pack) => [pack.lesson.id, pack] as const))('%s', (id, pack) => {
		const made = lessonQtiPackage(pack.lesson, pack.sources, new Date(2026, 10, 28, 10, 30));
		let archive: JSZip;
		beforeAll(async () => {
			archive = await JSZip.loadAsync(made.bytes, { checkCRC32: true });
		});

		it('is a ZIP named for the lesson with the manifest, the test and one item per question', () => {
			expect(made.name).toBe(`${id}.qti.zip`);
			const names = Object.keys(archive.files);
			expect(names).toEqual([
				'imsmanifest.xml',
				'assessment.xml',
				...pack.lesson.questions.map((_, i) => made.items[i]!.href)
			]);
		});

		it('lists each item as a QTI 2.1 item resource, and the test depending on them all', async () => {
			const manifest = parseXml(await archive.file('imsmanifest.xml')!.async('string'));
			expect(manifest.documentElement.namespaceURI).toBe(CP_NAMESPACE);
			const resources = [...manifest.getElementsByTagNameNS(CP_NAMESPACE, 'resource')];
			const items = resources.filter((r) => r.getAttribute('type') === ITEM_RESOURCE);
			const tests = resources.filter((r) => r.getAttribute('type') === TEST_RESOURCE);
			expect(items.map((r) => r.getAttribute('href'))).toEqual(made.items.map((i) => i.href));
			expect(tests).toHaveLength(1);
			const dependencies = [...tests[0]!.getElementsByTagNameNS(CP_NAMESPACE, 'dependency')];
			expect(dependencies.map((d) => d.getAttribute('identifierref'))).toEqual(
				items.map((r) => r.getAttribute('identifier'))
			);
			for (const resource of resources) {
				const href = resource.getAttribute('href')!;
				expect(archive.file(href), href).not.toBeNull();
				expect(resource.getAttribute('identifier')).toMatch(NC_NAME);
			}
		});

		it('has a test the player reads as every item in the lesson’s order', async () => {
			const qti21 = await archive.file('assessment.xml')!.async('string');
			expect(parseXml(qti21).documentElement.namespaceURI).toBe(QTI_NAMESPACE);
			const refs = qtiTransformTest()
				.parse(await convertQti2toQti3(qti21))
				.items();
			expect(refs.map((r) => [r.identifier, r.href])).toEqual(
				made.items.map((i) => [i.identifier, i.href])
			);
		});

		it.each(pack.lesson.questions.map((q, i) => [i + 1, q.kind, q] as const))(
			'question %i (%s) reads back the same',
			async (n, _kind, question) => {
				const xml = await archive.file(made.items[n - 1]!.href)!.async('string');
				const root = parseXml(xml).documentElement;
				expect(root.localName).toBe('assessmentItem');
				expect(root.namespaceURI).toBe(QTI_NAMESPACE);
				expect(root.getAttributeNS(XSI, 'schemaLocation')).toBe(
					`${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd`
				);
				const open = question.kind !== 'multiple-choice' && question.kind !== 'evidence';
				const interaction = open ? 'extendedTextInteraction' : 'choiceInteraction';
				expect(root.getElementsByTagNameNS(QTI_NAMESPACE, interaction)).toHaveLength(1);
				const processing = root.getElementsByTagNameNS(QTI_NAMESPACE, 'responseProcessing');
				// open answers are scored by a person; several accepted paragraphs score by a mapping
				const several = question.kind === 'evidence' && question.answers.length > 1;
				expect([...processing].map((p) => p.getAttribute('template'))).toEqual(
					open ? [] : [`${TEMPLATES}${several ? 'map_response' : 'match_correct'}`]
				);
				const item = await play(xml);
				expect(item.identifier).toBe(made.items[n - 1]!.identifier);
				expect(item.identifier).toMatch(NC_NAME);
				expectSameQuestion(item, question, pack);
			}
		);
	});

	it('gives every item of a lesson its own identifier', () => {
		for (const pack of packs) {
			const ids = lessonQtiPackage(pack.lesson, pack.sources).items.map((i) => i.identifier);
			expect(new Set(ids).size).toBe(pack.lesson.questions.length);
		}
	});
});
