import { sourceKindLabels, type CompiledSource, type SourceKind } from '$lib/content/model';

/** Reader comments are nobody's checked account: every place that names them says so. */
export const isUnverified = (kind: SourceKind) => kind === 'reader-comments';

/**
 * A short name for tabs, choosers, table headings and every other place that names a source:
 * who speaks, not what they say. Reader comments are always "Reader comments (unverified)", the
 * same words as their badge, so the warning reads the same wherever they appear.
 */
export function sourceLabel(
	source: Pick<CompiledSource, 'kind' | 'title'> &
		Partial<Pick<CompiledSource, 'authors' | 'outlet'>>
): string {
	if (isUnverified(source.kind)) return sourceKindLabels[source.kind];
	return source.authors?.[0]?.name ?? source.outlet ?? source.title;
}
