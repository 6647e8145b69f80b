import { compileLibrary } from '$lib/compiler/library';
import type { Problem } from '$lib/compiler/problems';
import type { CatalogEntry, LessonPack } from '$lib/content/model';
import {
	readUntrustedFile,
	readUntrustedText,
	type UntrustedRead
} from '$lib/files/read-untrusted';
import type { UntrustedKind } from '$lib/files/untrusted-kind';
import {
	LESSON_FILE_FORMAT,
	LESSON_FILE_VERSION,
	OLDEST_LESSON_FILE_VERSION,
	MAX_LESSON_FILE_BYTES,
	lessonFileSchema,
	type LessonFile
} from './format';
import { lessonFileChecksum } from './seal';
import { m } from '$lib/paraglide/messages';

export type LessonFileCheck =
	| { ok: true; file: LessonFile; entry: CatalogEntry; pack: LessonPack; packJson: string }
	| { ok: false; reason: string; problems: string[] };

/** How a lesson file is read and its refusals worded. */
const LESSON_FILE: UntrustedKind<LessonFile> = {
	file: 'lessonfile',
	format: LESSON_FILE_FORMAT,
	oldest: OLDEST_LESSON_FILE_VERSION,
	newest: LESSON_FILE_VERSION,
	maxBytes: MAX_LESSON_FILE_BYTES,
	// a lesson file is four levels deep
	maxDepth: 16,
	schemaOf: () => lessonFileSchema,
	otherFormats: {
		get 'parallax-backup'() {
			return m.lessonfiles_lesson_file_is_backup();
		},
		get 'parallax-submission'() {
			return m.lessonfiles_lesson_file_is_hand_in();
		},
		get 'parallax-assignment'() {
			return m.lessonfiles_lesson_file_is_assignment();
		}
	}
};

/** Reads a chosen file and checks it as the content build checks a lesson. Never throws. */
export async function readLessonFile(blob: Blob): Promise<LessonFileCheck> {
	return checked(await readUntrustedFile(blob, LESSON_FILE), describeProblem);
}

/** The same checks on a file's text. */
export function checkLessonFileText(
	text: string,
	describe: (problem: Problem) => string = describeProblem
): LessonFileCheck {
	return checked(readUntrustedText(text, LESSON_FILE), describe);
}

function checked(
	read: UntrustedRead<LessonFile>,
	describe: (problem: Problem) => string
): LessonFileCheck {
	if (!read.ok) return read;
	const file = read.value;
	if (lessonFileChecksum(file) !== file.checksum) {
		return refuse(m.lessonfiles_lesson_file_changed());
	}
	try {
		return compiled(file, describe);
	} catch {
		return refuse(m.lessonfiles_lesson_file_unchecked());
	}
}

// the same compile as the content build's, over the files the lesson file carries
function compiled(file: LessonFile, describe: (problem: Problem) => string): LessonFileCheck {
	const { content } = file;
	const library = compileLibrary({
		lessons: [{ path: `lessons/${file.id}.md`, text: content.lesson }],
		sources: content.sources.map((s) => ({ path: `sources/${s.name}.md`, text: s.text })),
		glossary:
			content.glossary === undefined ? undefined : { path: 'glossary.yml', text: content.glossary },
		timeline:
			content.timeline === undefined ? undefined : { path: 'timeline.yml', text: content.timeline },
		seeds: new Map(content.originals.map((o) => [o.name, o.text]))
	});
	if (library.problems.length) {
		return refuse(
			m.lessonfiles_lesson_file_problems({ count: library.problems.length }),
			library.problems.map(describe)
		);
	}
	const entry = library.catalog.lessons[0];
	const packJson = library.packs[0]?.json;
	if (library.catalog.lessons.length !== 1 || !entry || !packJson || entry.id !== file.id) {
		return refuse(m.lessonfiles_lesson_file_wrong_lesson({ title: file.title }));
	}
	return { ok: true, file, entry, pack: JSON.parse(packJson) as LessonPack, packJson };
}

/** A compile problem in the words of the file: which part, which line, which field, what. */
export function describeProblem({ file, line, field, message }: Problem): string {
	const part = file
		.replace(/^lessons\/.*$/, 'the lesson')
		.replace(/^sources\/(.*)\.md$/, 'the source “$1”');
	const where = line === undefined ? part : `${part}, line ${line}`;
	return field ? `${where}, ${field}: ${message}` : `${where}: ${message}`;
}

function refuse(reason: string, problems: string[] = []): LessonFileCheck {
	return { ok: false, reason, problems };
}
