// The in-memory index: MiniSearch ranks lessons; each lesson's own record says where they matched.
import MiniSearch from 'minisearch';
import type { IndexedDoc, IndexedLesson } from './documents';
import type { IndexChanges, SavedIndex } from './index-cache';
import { INDEX_FORMAT, indexOptions, searchOptions, type LessonDoc } from './index-options';
import { locateHits, type DocHit } from './locate';
import { PostingsCache } from './postings';
import { rankLessons } from './rank';
import { relateTerms } from './relate-terms';
import { buildSnippet } from './snippet';
import { queryTerms } from './text';
import type { HitPlace, LessonResult, SearchHit, SearchResults } from './types';

export const DEFAULT_LIMIT = 20;

export class SearchIndex {
	private readonly postings = new PostingsCache();
	// lessons added, replaced or removed since the last save
	private readonly unsaved = new Set<string>();
	// nothing saved yet (or the save failed to load): the next save writes everything
	private saveAll = true;

	private constructor(
		private readonly mini: MiniSearch<LessonDoc>,
		private readonly lessons: Map<string, IndexedLesson>
	) {}

	static empty(): SearchIndex {
		return new SearchIndex(new MiniSearch(indexOptions), new Map());
	}

	/** The index as saved; throws if it is from another format or does not add up. */
	static restore(saved: SavedIndex): SearchIndex {
		if (saved.meta?.format !== INDEX_FORMAT) throw new Error(`index format ${saved.meta?.format}`);
		for (const lesson of saved.lessons.values()) {
			if (typeof lesson?.version !== 'string' || typeof lesson.terms !== 'string') {
				throw new Error('index lesson malformed');
			}
			if (!Array.isArray(lesson.docs)) throw new Error('index lesson malformed');
		}
		const mini = MiniSearch.loadJSON(saved.meta.index, indexOptions);
		// the ranking index holds every saved lesson, and only those
		const agree =
			mini.documentCount === saved.lessons.size &&
			[...saved.lessons.keys()].every((id) => mini.has(id));
		if (!agree) throw new Error('index and lessons disagree');
		const index = new SearchIndex(mini, saved.lessons);
		index.saveAll = false;
		return index;
	}

	/** What to write to bring the saved index up to this one; counts as saved from now. */
	takeChanges(): IndexChanges {
		const ids = this.saveAll ? [...this.lessons.keys()] : [...this.unsaved];
		const changes: IndexChanges = {
			meta: { format: INDEX_FORMAT, index: JSON.stringify(this.mini) },
			full: this.saveAll,
			put: new Map(),
			remove: []
		};
		for (const id of ids) {
			const lesson = this.lessons.get(id);
			if (lesson) changes.put.set(id, lesson);
			else changes.remove.push(id);
		}
		this.unsaved.clear();
		this.saveAll = false;
		return changes;
	}

	/** The save of `changes` failed: write them again next time. */
	saveFailed(changes: IndexChanges): void {
		if (changes.full) this.saveAll = true;
		for (const id of [...changes.put.keys(), ...changes.remove]) this.unsaved.add(id);
	}

	get lessonCount(): number {
		return this.lessons.size;
	}

	/** Lesson id → the version indexed (see IndexedLesson.version). */
	versions(): Map<string, string> {
		return new Map(Array.from(this.lessons, ([id, lesson]) => [id, lesson.version]));
	}

	/** Adds a lesson, or replaces the version indexed before. */
	setLesson(lessonId: string, lesson: IndexedLesson): void {
		this.removeLesson(lessonId);
		this.mini.add(lessonDoc(lessonId, lesson));
		this.lessons.set(lessonId, lesson);
		this.unsaved.add(lessonId);
	}

	removeLesson(lessonId: string): void {
		if (!this.lessons.delete(lessonId)) return;
		this.postings.forget(lessonId);
		this.unsaved.add(lessonId);
		// discard needs only the id: the old text may be gone from the device by now
		this.mini.discard(lessonId);
	}

	search(query: string, limit = DEFAULT_LIMIT): Omit<SearchResults, 'tookMs'> {
		const terms = queryTerms(query);
		if (!terms.length) return { query, lessons: [], total: 0 };
		const ranked = rankLessons(this.mini.search(terms.join(' '), searchOptions), terms.length);
		const lessons: LessonResult[] = [];
		for (const { lessonId, score, terms: matched } of ranked.slice(0, limit)) {
			const lesson = this.lessons.get(lessonId);
			if (!lesson) continue;
			const postings = this.postings.get(lessonId, lesson.terms);
			const hits = locateHits(lesson.docs, postings, relateTerms(matched, terms));
			lessons.push({
				lessonId,
				title: lesson.title,
				downloaded: lesson.downloaded,
				score,
				hits: hits.map((hit) => toSearchHit(lessonId, hit, lesson))
			});
		}
		return { query, lessons, total: ranked.length };
	}
}

/** The lesson as one MiniSearch document: each kind's term lines in its field. */
function lessonDoc(id: string, { docs, terms }: IndexedLesson): LessonDoc {
	const lines = terms.split('\n');
	const of = (kind: IndexedDoc['kind']) =>
		lines.filter((_, n) => docs[n]?.kind === kind).join('\n');
	return {
		id,
		title: of('title'),
		summary: of('summary'),
		glossary: of('glossary'),
		text: of('passage')
	};
}

function toSearchHit(lessonId: string, hit: DocHit, lesson: IndexedLesson): SearchHit {
	const doc = lesson.docs[hit.n]!;
	return {
		lessonId,
		place: placeOf(doc, lesson),
		snippet: buildSnippet(doc.text, new Set(hit.terms)),
		score: hit.score
	};
}

function placeOf(doc: IndexedDoc, lesson: IndexedLesson): HitPlace {
	switch (doc.kind) {
		case 'title':
		case 'summary':
			return { kind: doc.kind };
		case 'glossary':
			return { kind: 'glossary', termId: doc.termId, term: doc.term };
		case 'passage':
			return {
				kind: 'passage',
				sourceId: doc.sourceId,
				blockId: doc.blockId,
				sourceTitle: lesson.sources[doc.sourceId] ?? '',
				unverified: lesson.unverified.includes(doc.sourceId)
			};
	}
}
