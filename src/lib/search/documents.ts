// What of a lesson is searchable, one document per place a hit can point at.
import type { Block, CompiledComment, GlossaryEntry } from '$lib/content/model';
import type { CatalogRow, StoredLesson, StoredSource } from '$lib/db/types';
import { isUnverified } from '$lib/reader/source-label';
import { termLine } from './text';

export type IndexedDoc =
	| { kind: 'title'; text: string }
	| { kind: 'summary'; text: string }
	| { kind: 'glossary'; termId: string; term: string; text: string }
	| { kind: 'passage'; sourceId: string; blockId: string; text: string };

/** One lesson as the index holds it (and saves it): what was indexed, and where hits can point. */
export type IndexedLesson = {
	// what was indexed: `pack:<hash>` for a downloaded lesson, `catalog:<hash>` for its entry only
	version: string;
	title: string;
	downloaded: boolean;
	// source id → title, for hits in passages
	sources: Record<string, string>;
	// ids of the sources that are reader comments: a hit there is marked unverified
	unverified: string[];
	docs: IndexedDoc[];
	// each document's indexed terms (termLine), one line per document: where hits are found
	terms: string;
};

export const packVersion = (hash: string) => `pack:${hash}`;
export const catalogVersion = (hash: string) => `catalog:${hash}`;

/** A lesson not downloaded yet: the catalog gives its title and summary. */
export function lessonFromCatalog(row: CatalogRow): IndexedLesson {
	const docs = headDocs(row.title, row.summary);
	return {
		version: catalogVersion(row.hash),
		title: row.title,
		downloaded: false,
		sources: {},
		unverified: [],
		docs,
		terms: linesOf(docs)
	};
}

/** A downloaded lesson: title, summary, glossary and every paragraph of its sources. */
export function lessonFromPack(stored: StoredLesson, sources: StoredSource[]): IndexedLesson {
	const { lesson } = stored;
	const docs: IndexedDoc[] = headDocs(lesson.title, lesson.summary);
	for (const entry of stored.glossary) docs.push(glossaryDoc(entry));
	for (const source of sources) {
		const blocks = [...source.blocks, ...commentParagraphs(source.comments)];
		for (const block of blocks) docs.push(passageDoc(source.id, block));
	}
	return {
		version: packVersion(stored.hash),
		title: lesson.title,
		downloaded: true,
		sources: Object.fromEntries(sources.map((s) => [s.id, s.title])),
		unverified: sources.filter((s) => isUnverified(s.kind)).map((s) => s.id),
		docs,
		terms: linesOf(docs)
	};
}

function linesOf(docs: IndexedDoc[]): string {
	return docs.map((doc) => termLine(doc.text)).join('\n');
}

function headDocs(title: string, summary: string): IndexedDoc[] {
	return [
		{ kind: 'title', text: title },
		{ kind: 'summary', text: summary }
	];
}

function glossaryDoc(entry: GlossaryEntry): IndexedDoc {
	// the names each side uses find the entry too (Artsakh → Nagorno-Karabakh), in their own
	// language as well (Qarabağ)
	const forms = (entry.names ?? []).flatMap((n) => [n.name, n.native?.text ?? n.name]);
	const names = [...new Set(forms)].filter((name) => name !== entry.term);
	const heading = names.length ? `${entry.term} (${names.join('; ')})` : entry.term;
	return {
		kind: 'glossary',
		termId: entry.id,
		term: entry.term,
		text: `${heading}: ${entry.definition}`
	};
}

function passageDoc(sourceId: string, block: Block): IndexedDoc {
	return { kind: 'passage', sourceId, blockId: block.id, text: block.text };
}

/** Every paragraph of a comment thread, replies included, in reading order. */
function commentParagraphs(comments: CompiledComment[]): Block[] {
	return comments.flatMap((c) => [...c.paragraphs, ...commentParagraphs(c.replies)]);
}
