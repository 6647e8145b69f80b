import { sourceKindLabels, type CompiledSource, type SourceKind } from '$lib/content/model';

/** Reader comments are nobody's checked account: every place that names them says so. */
export const isUnverified = (kind: SourceKind) => kind === 'reader-comments';

// words a cut headline should not end on ("Western Countries Express Horror at…")
const SMALL_WORDS = new Set(
	'a an and as at by for from in into of on or over the to with amid after about'.split(' ')
);
const MAX_WORDS = 5;

/** A headline's first words: up to its first colon or dash, five words at most. */
function shortTitle(title: string): string {
	const head = title.split(/\s*[:—–]\s+|\s+-\s+/)[0]!.trim();
	const words = head.split(/\s+/);
	// one word more than the limit costs less than the ellipsis that would replace it
	if (words.length <= MAX_WORDS + 1) return head;
	const kept = words.slice(0, MAX_WORDS);
	while (kept.length > 2 && SMALL_WORDS.has(kept.at(-1)!.toLowerCase())) kept.pop();
	return `${kept.join(' ')}…`;
}

/**
 * The one name for an account in tabs, choosers, table headings, "show in" links, search results
 * and review: who speaks (the outlet, else the first author, else "Unsigned …"), then a short
 * title, so two accounts by one outlet or one writer stay apart. Reader comments are always
 * "Reader comments (unverified)", the same words as their badge, so the warning reads the same
 * wherever they appear.
 */
export function sourceLabel(
	source: Pick<CompiledSource, 'kind' | 'title'> &
		Partial<Pick<CompiledSource, 'authors' | 'outlet'>>
): string {
	if (isUnverified(source.kind)) return sourceKindLabels[source.kind];
	const who =
		source.outlet ??
		source.authors?.[0]?.name ??
		`Unsigned ${sourceKindLabels[source.kind].toLowerCase()}`;
	return `${who}: ${shortTitle(source.title)}`;
}
