import type { ContentFile, ContentFiles } from '../compiler/library';
import type { LessonPack } from '../content/model';
import { LESSON_FILE_FORMAT, LESSON_FILE_VERSION, type LessonFile } from './format';
import { sealLessonFile } from './seal';

const fileOf = (files: ContentFile[], id: string) =>
	files.find((file) => file.path.replace(/\\/g, '/').endsWith(`/${id}.md`));

/**
 * The lesson file of a compiled lesson: its authored text, the sources its pack shows (comment
 * threads included) with the originals they name, the glossary and the timeline. Throws when a
 * file the pack came from is missing: a build that compiled cleanly has them all.
 */
export function lessonFileFrom(
	files: ContentFiles,
	pack: LessonPack,
	app: string,
	exportedAt: string
): LessonFile {
	const lesson = fileOf(files.lessons, pack.lesson.id);
	if (!lesson) throw new Error(`no lesson file for "${pack.lesson.id}"`);
	const sources = pack.sources.map((source) => {
		const file = fileOf(files.sources, source.id);
		if (!file) throw new Error(`no source file for "${source.id}"`);
		return { name: source.id, text: file.text };
	});
	const seedNames = [...new Set(pack.sources.map((source) => source.seed))];
	const originals = seedNames.map((name) => {
		const text = files.seeds.get(name);
		if (text === undefined) throw new Error(`no original "${name}"`);
		return { name, text };
	});
	return sealLessonFile({
		format: LESSON_FILE_FORMAT,
		version: LESSON_FILE_VERSION,
		id: pack.lesson.id,
		title: pack.lesson.title,
		app,
		exportedAt,
		content: {
			lesson: lesson.text,
			sources,
			originals,
			...(files.glossary ? { glossary: files.glossary.text } : {}),
			...(files.timeline ? { timeline: files.timeline.text } : {})
		}
	});
}
