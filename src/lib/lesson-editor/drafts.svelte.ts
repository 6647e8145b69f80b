// The teacher's drafts: started empty or from a lesson on the device, listed, opened, removed.
import { getDb } from '$lib/db';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '$lib/db/lesson-drafts/drafts-repo';
import { lessonFileText } from '$lib/lesson-file/lesson-file-commands';
import { liveState } from '$lib/state/live.svelte';
import { emptyDraft, type LessonDraft } from './draft';

const newDraftId = () =>
	`draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** The drafts on this device, live. Call during component setup. */
export const liveDrafts = () => liveState(() => listDrafts(getDb()));

// the name the teacher last gave as who made a lesson: a new draft starts with it
async function lastMadeBy(): Promise<string> {
	const drafts = await listDrafts(getDb());
	return drafts.find((draft) => draft.madeBy?.trim())?.madeBy ?? '';
}

export async function startDraft(): Promise<string> {
	const draft = emptyDraft(newDraftId());
	draft.madeBy = await lastMadeBy();
	await saveDraft(getDb(), draft);
	return draft.id;
}

/** "Adapt this lesson": a draft from a copy of a lesson on the device, under a new id. */
export async function adaptLesson(lessonId: string): Promise<string> {
	// the compiler loads when first needed, not with the page
	const [{ checkLessonFileText }, { draftFromLessonFile }] = await Promise.all([
		import('$lib/lesson-file/read'),
		import('./from-lesson-file')
	]);
	const check = checkLessonFileText(await lessonFileText(lessonId));
	if (!check.ok) throw new Error(check.reason);
	const draft = draftFromLessonFile(check.file, newDraftId());
	// a copy of its own: publishing it never replaces the lesson it came from
	draft.lessonId = `${lessonId}-adapted`;
	draft.title = `${draft.title} (adapted)`;
	// the adapted lesson is the adapter's
	draft.madeBy = await lastMadeBy();
	await saveDraft(getDb(), draft);
	return draft.id;
}

export const openDraft = (id: string): Promise<LessonDraft | undefined> => getDraft(getDb(), id);
export const removeDraft = (id: string): Promise<void> => deleteDraft(getDb(), id);
