// One profile's highlights and notes on one lesson: read, placed in the text as it is now (the
// anchors re-found after any change), and every change written to IndexedDB at once.
import { storageErrorText } from '$lib/i18n/storage-error';
import type { CompiledSource } from '$lib/content/model';
import { getDb } from '$lib/db';
import {
	annotationsFor,
	deleteAnnotation,
	saveAnnotation
} from '$lib/db/annotations/annotations-repo';
import type { Annotation, AnnotationKind } from '$lib/model';
import { noteAnnotations } from './annotation-flag';
import type { AnchorParagraph, Placement } from './anchor-types';
import { makeAnchor } from './make-anchor';
import { reanchor } from './reanchor';
import { sourceParagraphs } from './source-paragraphs';

export class LessonAnnotations {
	rows = $state.raw<Annotation[]>([]);
	loaded = $state(false);
	/** why the last write failed, in words; '' when it did not */
	problem = $state('');
	readonly #lessonId: string;
	readonly #paragraphs: Map<string, AnchorParagraph[]>;
	#profileId = '';
	#loads = 0;

	constructor(lessonId: string, sources: readonly CompiledSource[]) {
		this.#lessonId = lessonId;
		// the lesson's text, fixed for the page's life: nothing reads it reactively
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#paragraphs = new Map(sources.map((s) => [s.id, sourceParagraphs(s)]));
	}

	/** Where each annotation is in the text as this lesson has it now. */
	// made whole again when an anchor changes, never changed in place; the same map while only
	// notes or kinds change, so typing a note neither re-anchors nor redraws the marks
	readonly placements = $derived.by(() => this.#place(this.rows));
	// the last placing, kept between runs (not state: nothing reads it but #place)
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#placed = new Map<string, { key: string; placement: Placement }>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#lastPlacements = new Map<string, Placement>();

	#place(rows: readonly Annotation[]): Map<string, Placement> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated
		const placed = new Map<string, { key: string; placement: Placement }>();
		let changed = rows.length !== this.#placed.size;
		for (const row of rows) {
			const key = anchorKey(row);
			const before = this.#placed.get(row.id);
			if (before?.key === key) {
				placed.set(row.id, before);
				continue;
			}
			changed = true;
			const placement = reanchor(row, this.#paragraphs.get(row.sourceId) ?? []);
			placed.set(row.id, { key, placement });
		}
		this.#placed = placed;
		if (changed) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated
			this.#lastPlacements = new Map([...placed].map(([id, { placement }]) => [id, placement]));
		}
		return this.#lastPlacements;
	}

	async load(profileId: string): Promise<void> {
		const ticket = ++this.#loads;
		const rows = await annotationsFor(getDb(), profileId, this.#lessonId);
		if (ticket !== this.#loads) return;
		this.#profileId = profileId;
		this.rows = rows;
		this.loaded = true;
	}

	/** The account a paragraph id belongs to, if any. */
	sourceOf(paragraphId: string): string | undefined {
		for (const [sourceId, paragraphs] of this.#paragraphs) {
			if (paragraphs.some((p) => p.id === paragraphId)) return sourceId;
		}
		return undefined;
	}

	async add(
		kind: AnnotationKind,
		paragraphId: string,
		start: number,
		end: number
	): Promise<Annotation | undefined> {
		const sourceId = this.sourceOf(paragraphId);
		const paragraph = sourceId && this.#paragraphs.get(sourceId)?.find((p) => p.id === paragraphId);
		if (!sourceId || !paragraph || !this.#profileId) return undefined;
		const anchor = makeAnchor({ lessonId: this.#lessonId, sourceId }, paragraph, start, end);
		if (!anchor) return undefined;
		const now = Date.now();
		const row: Annotation = {
			...anchor,
			id: `an-${now.toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
			profileId: this.#profileId,
			kind,
			note: '',
			createdAt: now,
			updatedAt: now
		};
		this.rows = [...this.rows, row];
		await this.#write(() => saveAnnotation(getDb(), row));
		noteAnnotations();
		return row;
	}

	async setNote(id: string, note: string): Promise<void> {
		const row = this.rows.find((r) => r.id === id);
		if (!row) return;
		const changed = { ...row, note, updatedAt: Date.now() };
		this.rows = this.rows.map((r) => (r.id === id ? changed : r));
		await this.#write(() => saveAnnotation(getDb(), changed));
	}

	async remove(id: string): Promise<void> {
		this.rows = this.rows.filter((r) => r.id !== id);
		await this.#write(() => deleteAnnotation(getDb(), id));
	}

	async #write(write: () => Promise<void>): Promise<void> {
		try {
			await write();
			this.problem = '';
		} catch (cause) {
			this.problem = storageErrorText(cause);
		}
	}
}

/** What places an annotation: its anchor, not its kind or note. */
const anchorKey = (row: Annotation): string =>
	JSON.stringify([row.sourceId, row.paragraphId, row.exact, row.prefix, row.suffix, row.start]);
