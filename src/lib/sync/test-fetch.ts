// A network for the sync's tests: fixed answers per URL, and what was asked for.
import { compiledLibrary } from '$lib/db/test-factory';

export type Route = string | (() => Promise<Response>) | Error;

/** A fetch that serves a fixed set of URLs and records what was asked for. */
export function fakeFetch(routes: Record<string, Route>) {
	const requested: string[] = [];
	const fetcher = (async (input: RequestInfo | URL) => {
		const path = String(input).split('?')[0]!;
		requested.push(path);
		const route = routes[path];
		if (route instanceof Error) throw route;
		if (typeof route === 'function') return route();
		if (route === undefined) return new Response('not found', { status: 404 });
		return new Response(route, { status: 200 });
	}) as typeof fetch;
	return { fetcher, requested };
}

export function serve(lib = compiledLibrary()) {
	const routes: Record<string, Route> = { '/content/catalog.json': JSON.stringify(lib.catalog) };
	for (const { entry, json } of lib.packs.values()) routes[entry.pack] = json;
	return routes;
}
