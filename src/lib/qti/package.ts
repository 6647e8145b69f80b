// A lesson's questions as a QTI 2.1 content package: the format learning platforms (Canvas New
// Quizzes, Moodle, …) import. Pure: it runs in the browser, and in the tests on Node.
import type { CompiledLesson, CompiledSource } from '$lib/content/model';
import { ncName, uniqueNames } from './identifiers';
import { questionItem, type Interaction } from './items';
import { assessmentTestXml, manifestXml } from './manifest';
import { zip, type ZipEntry } from './zip';

export const QTI_EXTENSION = '.qti.zip';

export type QtiPackage = {
	// `<lesson id>.qti.zip`
	name: string;
	bytes: Uint8Array<ArrayBuffer>;
	// per question, in the lesson's order: its item's identifier, file and interaction
	items: { questionId: string; identifier: string; href: string; interaction: Interaction }[];
};

/** The package for one lesson; `sources` are the lesson's, for an evidence question's paragraphs. */
export function lessonQtiPackage(
	lesson: CompiledLesson,
	sources: readonly CompiledSource[],
	modified = new Date()
): QtiPackage {
	const byId = new Map(sources.map((source) => [source.id, source]));
	const name = uniqueNames();
	const test = {
		identifier: name(ncName('test-', lesson.id)),
		title: lesson.title,
		href: 'assessment.xml'
	};
	const files: ZipEntry[] = [];
	const items = lesson.questions.map((question, i) => {
		// the lesson's id in every item's, so items of several lessons can share a platform's bank
		const identifier = name(ncName('item-', `${lesson.id}-${question.id}`));
		const href = `items/${identifier}.xml`;
		const item = questionItem(question, { identifier, number: i + 1 }, byId);
		files.push({ path: href, data: item.xml });
		return { questionId: question.id, identifier, href, interaction: item.interaction };
	});
	const manifest = manifestXml(name(ncName('manifest-', lesson.id)), test, items);
	const entries: ZipEntry[] = [
		{ path: 'imsmanifest.xml', data: manifest },
		{ path: test.href, data: assessmentTestXml(test, items) },
		...files
	];
	return { name: `${lesson.id}${QTI_EXTENSION}`, bytes: zip(entries, modified), items };
}
