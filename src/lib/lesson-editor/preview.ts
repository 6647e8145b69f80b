import { APP_VERSION } from '$lib/app-version';
import { getDb } from '$lib/db';
import { PREVIEW_PREFIX, sweepPreviews } from '$lib/db/lesson-drafts/preview-repo';
import type { OpenedLesson } from '$lib/library/open-lesson';
import { checkLessonFileText } from '$lib/lesson-file/read';
import { m } from '$lib/paraglide/messages';
import type { LessonDraft } from './draft';
import { inEditorWords } from './publish';
import { lessonFileFromDraft } from './to-lesson-file';

export type Preview =
	{ ok: true; opened: OpenedLesson } | { ok: false; reason: string; problems: string[] };

/**
 * The draft as the reader shows it, compiled by the checks publishing runs, under an id of its
 * own: answers given in the preview are not the published lesson's, and are swept when it closes.
 */
export function previewDraft(draft: LessonDraft): Preview {
	const check = checkLessonFileText(
		JSON.stringify(lessonFileFromDraft(draft, APP_VERSION)),
		inEditorWords
	);
	if (!check.ok) {
		const count = check.problems.length;
		const reason = count ? m.editor_preview_refused({ count }) : check.reason;
		return { ok: false, reason, problems: check.problems };
	}
	const { lesson, sources, glossary, hash } = check.pack;
	return {
		ok: true,
		opened: { lesson: { ...lesson, id: `${PREVIEW_PREFIX}${draft.id}` }, sources, glossary, hash }
	};
}

export const sweepPreviewWork = () => sweepPreviews(getDb());
