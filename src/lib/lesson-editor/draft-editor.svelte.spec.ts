import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { getDb } from '$lib/db';
import { getDraft } from '$lib/db/lesson-drafts/drafts-repo';
import { emptyDraft } from './draft';
import { DraftEditor } from './draft-editor.svelte';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function editing(id: string) {
	let editor!: DraftEditor;
	const stop = $effect.root(() => {
		editor = new DraftEditor(emptyDraft(id));
	});
	flushSync();
	return { editor, stop };
}

describe('DraftEditor', () => {
	it('autosaves every change to the device, and writes at once when flushed', async () => {
		const { editor, stop } = editing('autosave');
		editor.draft.title = 'The corridor';
		flushSync();
		expect(editor.saving).toBe('pending');
		await wait(700);
		expect((await getDraft(getDb(), 'autosave'))?.title).toBe('The corridor');
		expect(editor.saving).toBe('saved');

		editor.draft.sources[0]!.original = 'Pasted text.';
		flushSync();
		await editor.flush();
		expect((await getDraft(getDb(), 'autosave'))?.sources[0]?.original).toBe('Pasted text.');
		stop();
	});

	it('undoes the last change, a burst of typing at a time', async () => {
		const { editor, stop } = editing('undo');
		expect(editor.canUndo).toBe(false);
		editor.draft.title = 'T';
		flushSync();
		editor.draft.title = 'Ti';
		flushSync();
		editor.draft.title = 'Title';
		flushSync();
		expect(editor.canUndo).toBe(true);
		await wait(1300);
		editor.draft.summary = 'A summary';
		flushSync();

		editor.undo();
		flushSync();
		expect(editor.draft.summary).toBe('');
		expect(editor.draft.title).toBe('Title');
		editor.undo();
		flushSync();
		expect(editor.draft.title).toBe('');
		expect(editor.canUndo).toBe(false);
		// the undone state is saved too: a reload shows what is on screen
		await editor.flush();
		expect((await getDraft(getDb(), 'undo'))?.title).toBe('');
		stop();
	});
});
