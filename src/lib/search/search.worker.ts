// The search worker: indexing and querying off the page's thread. Wiring only; see serve.ts.
import { ParallaxDb } from '$lib/db/database';
import { openIndexCache } from './index-cache';
import { serveSearch, type SearchPort } from './serve';

// the project's types describe a page, not a worker: `self` is this worker's global scope
const scope = self as unknown as SearchPort & { close(): void };

serveSearch(
	scope,
	{
		// the database closes this connection on `versionchange`, so an app upgrade is never blocked
		openAppDb: () => new ParallaxDb(),
		cache: openIndexCache()
	},
	() => scope.close()
);
