import type { CompiledSource } from '$lib/content/model';

/** A short name for tabs, choosers and table headings: who speaks, not what they say. */
export function sourceLabel(source: CompiledSource): string {
	if (source.kind === 'reader-comments') return 'Reader comments';
	return source.authors[0]?.name ?? source.outlet ?? source.title;
}
