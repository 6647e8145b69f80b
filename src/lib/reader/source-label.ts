import { sourceKindLabels, type CompiledSource, type SourceKind } from '$lib/content/model';

/** Reader comments are nobody's checked account: every place that names them says so. */
export const isUnverified = (kind: SourceKind) => kind === 'reader-comments';

/**
 * The one name for an account in tabs, choosers, table headings, "show in" links, search results
 * and review: the outlet or author, then a short title, as the build derived it
 * (content/account-label.ts). Reader comments are always "Reader comments (unverified)", the
 * same words as their badge, so the warning reads the same wherever they appear. In English:
 * every page loads this module, which carries no messages; account-name.ts says the app's words
 * in the interface's language.
 */
export function sourceLabel(source: Pick<CompiledSource, 'kind' | 'title' | 'label'>): string {
	if (isUnverified(source.kind)) return sourceKindLabels[source.kind];
	// a lesson stored before labels were derived shows its title until it is downloaded again
	return source.label ?? source.title;
}
