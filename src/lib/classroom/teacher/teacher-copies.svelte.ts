import { storageErrorText } from '$lib/i18n/storage-error';
import type { CompiledLesson, CompiledSource } from '$lib/content/model';
import { getDb, getLesson } from '$lib/db';
import { lessonSync } from '$lib/sync/sync-manager.svelte';
import { m } from '$lib/paraglide/messages';

/** The teacher's copy of one lesson: what an assignment's questions and hash come from. */
export type TeacherCopy = { lesson: CompiledLesson; sources: CompiledSource[]; hash: string };

/**
 * The teacher's copies of the lessons an assignment is built from, loaded when first included or
 * previewed, and why one could not be. Raw state, replaced whole on each load: a lesson is large
 * and never edited here, so it needs no deep proxy.
 */
export class TeacherCopies {
	copies = $state.raw<Readonly<Record<string, TeacherCopy>>>({});
	/** lesson id → why it could not be read (e.g. not downloaded yet and no network) */
	errors = $state.raw<Readonly<Record<string, string>>>({});

	/** A lesson from this device, or downloaded and kept when it is not there yet and online. */
	async load(id: string): Promise<TeacherCopy | undefined> {
		const known = this.copies[id];
		if (known) return known;
		try {
			const db = getDb();
			// not downloaded yet (a first visit straight to Teach): fetch the lessons, then read it
			let found = await getLesson(db, id);
			if (!found) found = await lessonSync.run(db).then(() => getLesson(db, id));
			if (!found) {
				this.#fail(id, m.teach_lesson_not_here());
				return undefined;
			}
			const copy = { lesson: found.stored.lesson, sources: found.sources, hash: found.stored.hash };
			this.copies = { ...this.copies, [id]: copy };
			if (id in this.errors) {
				this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => key !== id));
			}
			return copy;
		} catch (cause) {
			this.#fail(id, storageErrorText(cause));
			return undefined;
		}
	}

	#fail(id: string, message: string) {
		this.errors = { ...this.errors, [id]: message };
	}
}
