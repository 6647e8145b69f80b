import { getDb } from '$lib/db';
import { storeLessonFromFile } from '$lib/db/lesson-files/lesson-files-repo';
import { APP_VERSION } from '$lib/app-version';
import { describeChanges } from '$lib/lesson-file/changes';
import type { Problem } from '$lib/compiler/problems';
import { checkLessonFileText } from '$lib/lesson-file/read';
import { m } from '$lib/paraglide/messages';
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
	const check = checkLessonFileText(text, inEditorWords);
	if (!check.ok) {
		const count = check.problems.length;
		const reason = count ? m.editor_publish_refused({ count }) : check.reason;
		return { ok: false, reason, problems: check.problems };
	}
	const verdict = await storeLessonFromFile(
		getDb(),
		{
			entry: check.entry,
			pack: check.pack,
			text,
			madeBy: check.file.madeBy
		},
		true
	);
	if (verdict.kind === 'library') {
		return {
			ok: false,
			reason: m.editor_id_taken({ id: draft.lessonId }),
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
const joined = (head: string, rest: string) => (rest ? `${head}: ${rest}` : head);

// a field of the lesson file the editor made, as the editor's sections name it (in the interface's
// language; the rest of the field's path and the problem itself are the content build's English)
function fieldWords(field: string): string {
	const cell = /^claims\[(\d+)\]\.cells\.([\w-]+)\.?(.*)$/.exec(field);
	if (cell) {
		const where = m.editor_where_point_account({ point: ordinal(cell[1]!), account: cell[2]! });
		return joined(where, cell[3]!);
	}
	const claim = /^claims\[(\d+)\]\.?(.*)$/.exec(field);
	if (claim) return joined(m.editor_where_point({ point: ordinal(claim[1]!) }), claim[2]!);
	const question = /^questions\[(\d+)\]\.?(.*)$/.exec(field);
	if (question)
		return joined(m.editor_where_question({ question: ordinal(question[1]!) }), question[2]!);
	const account = /^perspectives\[(\d+)\]$/.exec(field);
	return account ? m.editor_where_account_number({ number: ordinal(account[1]!) }) : field;
}

/** A problem named by the editor's sections rather than the lines of the file it made. */
export function inEditorWords({ file, field, message }: Problem): string {
	const source = /^sources\/(.*)\.md$/.exec(file);
	const where = source ? `${m.editor_where_account({ account: source[1]! })}: ` : '';
	return field ? `${where}${fieldWords(field)}: ${message}` : `${where}${message}`;
}
