import { getDb } from '$lib/db';
import { storeLessonFromFile } from '$lib/db/lesson-files/lesson-files-repo';
import { APP_VERSION } from '$lib/app-version';
import { describeChanges } from '$lib/lesson-file/changes';
import { checkLessonFileText } from '$lib/lesson-file/read';
import type { LessonDraft } from './draft';
import { lessonFileFromDraft } from './to-lesson-file';

export type Publication =
	| { ok: true; lessonId: string; changes: string[]; updated: boolean }
	| { ok: false; reason: string; problems: string[] };

/**
 * Publishes a draft: the lesson file it makes goes through the very checks an imported lesson
 * file goes through (the content build's compiler), then into the library of this device.
 */
export async function publishDraft(draft: LessonDraft): Promise<Publication> {
	const text = JSON.stringify(lessonFileFromDraft(draft, APP_VERSION));
	const check = checkLessonFileText(text);
	if (!check.ok) {
		const count = check.problems.length;
		const reason = count
			? `The lesson does not pass the checks every Parallax lesson passes (${count} ${count === 1 ? 'problem' : 'problems'}). Nothing was published.`
			: check.reason;
		return { ok: false, reason, problems: check.problems.map(inEditorWords) };
	}
	const verdict = await storeLessonFromFile(getDb(), {
		entry: check.entry,
		pack: check.pack,
		text
	});
	if (verdict.kind === 'library') {
		return {
			ok: false,
			reason: `The library has a lesson with the id “${draft.lessonId}”. Give this lesson an id of its own.`,
			problems: []
		};
	}
	return {
		ok: true,
		lessonId: check.entry.id,
		updated: verdict.kind === 'updated',
		changes:
			verdict.kind === 'updated' && verdict.previous
				? describeChanges(verdict.previous, check.pack.lesson)
				: []
	};
}

const ordinal = (index: string) => Number(index) + 1;

/** A problem named by the editor's sections rather than the lines of the file it made. */
export function inEditorWords(problem: string): string {
	return problem
		.replace(/^the lesson, line \d+, /, '')
		.replace(/^the lesson: /, '')
		.replace(/^the source “([^”]+)”, line \d+, /, 'Account “$1”: ')
		.replace(/^the source “([^”]+)”: /, 'Account “$1”: ')
		.replace(
			/^claims\[(\d+)\]\.cells\.([\w-]+)\.?/,
			(_, n: string, s: string) => `Point ${ordinal(n)}, account “${s}”: `
		)
		.replace(/^claims\[(\d+)\]\.?/, (_, n: string) => `Point ${ordinal(n)}: `)
		.replace(/^questions\[(\d+)\]\.?/, (_, n: string) => `Question ${ordinal(n)}: `)
		.replace(/^perspectives\[(\d+)\]/, (_, n: string) => `Account ${ordinal(n)}`)
		.replace(/: : /, ': ');
}
