// The search's public shapes and the messages between the page and the search worker.

/** A run of snippet text; `match` runs are the words the query found (the UI wraps them in <mark>). */
export type Segment = { text: string; match: boolean };

/** Where in a lesson a hit matched, with what a link or a jump needs. */
export type HitPlace =
	| { kind: 'title' }
	| { kind: 'summary' }
	| {
			kind: 'passage';
			sourceId: string;
			sourceTitle: string;
			blockId: string;
			// in reader comments: the result says they are unverified
			unverified: boolean;
	  }
	| { kind: 'glossary'; termId: string; term: string };

export type SearchHit = {
	lessonId: string;
	place: HitPlace;
	// ~160 characters around the first match, cut at word boundaries with "…"
	snippet: Segment[];
	score: number;
};

export type LessonResult = {
	lessonId: string;
	title: string;
	// false: only the catalog's title and summary are on this device, so hits are only those
	downloaded: boolean;
	score: number;
	// the lesson's best hits, best first (at most 3)
	hits: SearchHit[];
};

export type SearchResults = {
	query: string;
	// best lesson first, at most `limit`
	lessons: LessonResult[];
	// lessons that matched, before the limit
	total: number;
	// time spent answering inside the worker
	tookMs: number;
};

/** What the client hands back: the results with their request and whether a newer one was sent. */
export type SearchResponse = SearchResults & {
	requestId: number;
	// a newer search was started before this one was answered: show the newer one
	stale: boolean;
};

export type SearchStatus = {
	// lessons whose current version is in the index
	indexed: number;
	// lessons in the catalog or stored on this device
	total: number;
	// the index has caught up with the device's lessons (searches are answered at any time)
	ready: boolean;
	// why indexing or searching failed: from the worker, what failed (the client puts it in a
	// sentence in the interface's language); from the client, that sentence, words a user can act on
	error?: string;
};

export type ToWorker =
	| { type: 'search'; id: number; query: string; limit?: number }
	| { type: 'refresh' }
	| { type: 'close' };

export type FromWorker =
	| { type: 'results'; id: number; results: SearchResults }
	| { type: 'search-error'; id: number; message: string }
	| { type: 'status'; status: SearchStatus };
